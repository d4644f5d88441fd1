import type { Permission } from '@atolye/shared';

export interface NavItem {
  path: string;
  /** Translation key of the label. */
  label: string;
  icon: string;
  /** Shown only to people whose roles grant this; absent: everyone signed in. */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/home', label: 'nav.home', icon: 'home' },
  { path: '/profile', label: 'nav.profile', icon: 'person' },
  {
    path: '/admin/organisations',
    label: 'nav.organisations',
    icon: 'business',
    permission: 'organisations.manage',
  },
  { path: '/admin/people', label: 'nav.people', icon: 'group', permission: 'people.manage' },
  { path: '/admin/audit', label: 'nav.audit', icon: 'history', permission: 'audit.read' },
];
