import type { LogframeLevel } from '@atolye/shared';

/** The level an item's parent must have; the overall objective has none. */
export const PARENT_LEVEL: Record<LogframeLevel, LogframeLevel | null> = {
  overall_objective: null,
  specific_objective: 'overall_objective',
  result: 'specific_objective',
  activity: 'result',
};

export interface TreeNode {
  id: string;
  level: LogframeLevel;
  parentId: string | null;
  position: number;
}

/**
 * The items depth first, siblings by position, each with its code from its place: OO, SO1,
 * R1.2 (the second result of SO1), A1.2.3. Numbers follow the order on screen, so moving an item
 * renumbers it and its descendants.
 */
export function codedTree<T extends TreeNode>(items: T[]): (T & { code: string })[] {
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(item);
    children.set(item.parentId, siblings);
  }
  for (const siblings of children.values())
    siblings.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const out: (T & { code: string })[] = [];
  const walk = (parentId: string | null, numbers: number[]) => {
    (children.get(parentId) ?? []).forEach((item, index) => {
      // Under the overall objective numbering starts afresh: SO1 is the first specific objective.
      const path = item.level === 'overall_objective' ? [] : [...numbers, index + 1];
      out.push({ ...item, code: codeOf(item.level, path) });
      walk(item.id, path);
    });
  };
  walk(null, []);
  return out;
}

function codeOf(level: LogframeLevel, path: number[]): string {
  const prefix = { overall_objective: 'OO', specific_objective: 'SO', result: 'R', activity: 'A' }[level];
  return `${prefix}${path.join('.')}`;
}
