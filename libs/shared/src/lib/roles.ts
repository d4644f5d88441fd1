/**
 * The roles a person can hold; a person may hold several at once. A focal person speaks for the
 * organisation they belong to (and only that one): they keep its profile up to date.
 */
export const ROLES = ['trainee', 'trainer', 'coordinator', 'admin', 'focal_person'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
