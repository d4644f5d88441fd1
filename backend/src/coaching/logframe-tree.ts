import { LOGFRAME_LEVELS, type LogframeLevel } from '@atolye/shared';

interface TreeItem {
  id: string;
  parentId: string | null;
}

/** Items in reading order: each item followed by what hangs under it, siblings in the given order. */
export function draftInTreeOrder<T extends TreeItem>(items: T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(item);
    children.set(item.parentId, siblings);
  }
  const ordered: T[] = [];
  const visit = (parentId: string | null) => {
    for (const child of children.get(parentId) ?? []) {
      ordered.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return ordered;
}

/** The level an item's parent must have, or null for the overall objective, which has none. */
export function parentLevelOf(level: LogframeLevel): LogframeLevel | null {
  const index = LOGFRAME_LEVELS.indexOf(level);
  return index > 0 ? LOGFRAME_LEVELS[index - 1] : null;
}
