import type { FieldError } from '@atolye/shared';

/** Deeper than any request of this API needs; JSON nested thousands of levels would exhaust the stack later. */
export const MAX_INPUT_DEPTH = 32;

/**
 * The first problem in a decoded request value that PostgreSQL or the validators cannot take:
 * a NUL character (PostgreSQL text refuses it) or nesting beyond MAX_INPUT_DEPTH. Walks the value
 * with its own stack, so the check cannot itself overflow.
 */
export function unsafeInput(value: unknown, root: string): FieldError | null {
  const stack: { value: unknown; field: string; depth: number }[] = [{ value, field: root, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (typeof item.value === 'string') {
      if (item.value.includes('\u0000'))
        return { field: item.field, reason: 'must not contain a NUL character' };
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_INPUT_DEPTH)
      return { field: item.field, reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep` };
    for (const [key, child] of Object.entries(item.value)) {
      const field = item.field ? `${item.field}.${key}` : key;
      if (key.includes('\u0000')) return { field, reason: 'must not contain a NUL character' };
      stack.push({ value: child, field, depth: item.depth + 1 });
    }
  }
  return null;
}
