/** The roles a person can hold; a person may hold several at once. */
export const ROLES = ['trainee', 'trainer', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
