import { Role } from './roles';

/**
 * Everything an endpoint can require. The server is the authority; the portal reads the same
 * map to hide what the server would refuse anyway.
 */
export const PERMISSIONS = [
  'people.read',
  'people.manage',
  'organisations.manage',
  'organisations.map',
  'organisations.profile',
  'audit.read',
  'mail.read',
  'content.preview',
  'trainings.manage',
  'sessions.manage',
  'sessions.teach',
  'learning.enrol',
  'certificates.issue',
  'reports.read',
  /** Creating, changing and deleting the programme's indicators and their targets. */
  'indicators.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  trainee: ['learning.enrol'],
  trainer: ['content.preview', 'sessions.teach'],
  // Their own organisation's profile only (the server checks the scope), and the public fields of the map.
  focal_person: ['organisations.profile', 'organisations.map'],
  coordinator: [
    'people.read',
    'organisations.manage',
    'organisations.map',
    'content.preview',
    'trainings.manage',
    'sessions.manage',
    'certificates.issue',
    'reports.read',
    'indicators.manage',
  ],
  admin: [
    'people.read',
    'people.manage',
    'organisations.manage',
    'organisations.map',
    'audit.read',
    'mail.read',
    'content.preview',
    'trainings.manage',
    'sessions.manage',
    'certificates.issue',
    'reports.read',
    'indicators.manage',
  ],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}
