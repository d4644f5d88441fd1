import type { Permission } from '@atolye/shared/core';

export interface NavItem {
  path: string;
  /** Translation key of the label. */
  label: string;
  icon: string;
  /** Shown only to people whose roles grant this; absent: everyone signed in. */
  permission?: Permission;
}

/** In the order people use them: their own work first, then administration, then the profile. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/home', label: 'nav.home', icon: 'home' },
  { path: '/learn/enrolments', label: 'nav.myLearning', icon: 'school', permission: 'learning.enrol' },
  { path: '/learn/catalogue', label: 'nav.catalogue', icon: 'import_contacts', permission: 'learning.enrol' },
  { path: '/check-in', label: 'checkIn.nav', icon: 'how_to_reg', permission: 'learning.enrol' },
  {
    path: '/learn/certificates',
    label: 'certificates.nav',
    icon: 'workspace_premium',
    permission: 'learning.enrol',
  },
  { path: '/teach/sessions', label: 'nav.mySessions', icon: 'event', permission: 'sessions.teach' },
  { path: '/teach/profile', label: 'nav.trainerProfile', icon: 'person', permission: 'sessions.teach' },
  { path: '/coordinate/trainings', label: 'nav.trainings', icon: 'class', permission: 'trainings.manage' },
  { path: '/coordinate/sessions', label: 'nav.sessions', icon: 'event', permission: 'sessions.manage' },
  { path: '/coordinate/trainers', label: 'nav.trainers', icon: 'person', permission: 'sessions.manage' },
  { path: '/coordinate/events', label: 'nav.programmeEvents', icon: 'place', permission: 'sessions.manage' },
  { path: '/coordinate/coaching', label: 'nav.coachingTracks', icon: 'group', permission: 'sessions.manage' },
  { path: '/modules', label: 'nav.modules', icon: 'library_books', permission: 'content.preview' },
  { path: '/reports', label: 'reports.nav', icon: 'bar_chart', permission: 'reports.read' },
  {
    path: '/organisations/mine',
    label: 'nav.myOrganisation',
    icon: 'business',
    permission: 'organisations.profile',
  },
  { path: '/organisations/map', label: 'nav.organisationMap', icon: 'map', permission: 'organisations.map' },
  {
    path: '/admin/organisations',
    label: 'nav.organisations',
    icon: 'business',
    permission: 'organisations.manage',
  },
  { path: '/admin/people', label: 'nav.people', icon: 'group', permission: 'people.manage' },
  { path: '/admin/audit', label: 'nav.audit', icon: 'history', permission: 'audit.read' },
  { path: '/admin/mail', label: 'nav.mail', icon: 'mail', permission: 'mail.read' },
  { path: '/profile/events', label: 'nav.myProgrammeEvents', icon: 'place' },
  { path: '/coaching', label: 'nav.myCoaching', icon: 'group' },
  { path: '/profile', label: 'nav.profile', icon: 'person' },
];
