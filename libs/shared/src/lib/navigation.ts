import type { Permission } from './permissions';

/** The portal's pages that the menu, the home page's shortcuts and the API's mails link to. */
export const PORTAL_PATHS = {
  home: '/home',
  myLearning: '/learn/enrolments',
  catalogue: '/learn/catalogue',
  checkIn: '/check-in',
  myCertificates: '/learn/certificates',
  mySessions: '/teach/sessions',
  trainerProfile: '/teach/profile',
  trainings: '/coordinate/trainings',
  sessions: '/coordinate/sessions',
  trainers: '/coordinate/trainers',
  programmeEvents: '/coordinate/events',
  coachingTracks: '/coordinate/coaching',
  modules: '/modules',
  reports: '/reports',
  myOrganisation: '/organisations/mine',
  organisationMap: '/organisations/map',
  organisations: '/admin/organisations',
  people: '/admin/people',
  audit: '/admin/audit',
  mail: '/admin/mail',
  myProgrammeEvents: '/profile/events',
  myCoaching: '/coaching',
  profile: '/profile',
} as const;

export interface NavItem {
  path: string;
  /** Translation key of the label. */
  label: string;
  icon: string;
  /** Shown only to people whose roles grant this; absent: everyone signed in. */
  permission?: Permission;
  /** Also a shortcut on the home page. */
  shortcut?: boolean;
}

/** In the order people use them: their own work first, then administration, then the profile. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: PORTAL_PATHS.home, label: 'nav.home', icon: 'home' },
  {
    path: PORTAL_PATHS.myLearning,
    label: 'nav.myLearning',
    icon: 'school',
    permission: 'learning.enrol',
    shortcut: true,
  },
  {
    path: PORTAL_PATHS.catalogue,
    label: 'nav.catalogue',
    icon: 'import_contacts',
    permission: 'learning.enrol',
    shortcut: true,
  },
  { path: PORTAL_PATHS.checkIn, label: 'checkIn.nav', icon: 'how_to_reg', permission: 'learning.enrol' },
  {
    path: PORTAL_PATHS.myCertificates,
    label: 'certificates.nav',
    icon: 'workspace_premium',
    permission: 'learning.enrol',
  },
  {
    path: PORTAL_PATHS.mySessions,
    label: 'nav.mySessions',
    icon: 'event',
    permission: 'sessions.teach',
    shortcut: true,
  },
  {
    path: PORTAL_PATHS.trainerProfile,
    label: 'nav.trainerProfile',
    icon: 'person',
    permission: 'sessions.teach',
  },
  {
    path: PORTAL_PATHS.trainings,
    label: 'nav.trainings',
    icon: 'class',
    permission: 'trainings.manage',
    shortcut: true,
  },
  {
    path: PORTAL_PATHS.sessions,
    label: 'nav.sessions',
    icon: 'event',
    permission: 'sessions.manage',
    shortcut: true,
  },
  { path: PORTAL_PATHS.trainers, label: 'nav.trainers', icon: 'person', permission: 'sessions.manage' },
  {
    path: PORTAL_PATHS.programmeEvents,
    label: 'nav.programmeEvents',
    icon: 'place',
    permission: 'sessions.manage',
  },
  {
    path: PORTAL_PATHS.coachingTracks,
    label: 'nav.coachingTracks',
    icon: 'group',
    permission: 'sessions.manage',
  },
  {
    path: PORTAL_PATHS.modules,
    label: 'nav.modules',
    icon: 'library_books',
    permission: 'content.preview',
    shortcut: true,
  },
  {
    path: PORTAL_PATHS.reports,
    label: 'reports.nav',
    icon: 'bar_chart',
    permission: 'reports.read',
    shortcut: true,
  },
  {
    path: PORTAL_PATHS.myOrganisation,
    label: 'nav.myOrganisation',
    icon: 'business',
    permission: 'organisations.profile',
  },
  {
    path: PORTAL_PATHS.organisationMap,
    label: 'nav.organisationMap',
    icon: 'map',
    permission: 'organisations.map',
  },
  {
    path: PORTAL_PATHS.organisations,
    label: 'nav.organisations',
    icon: 'business',
    permission: 'organisations.manage',
    shortcut: true,
  },
  {
    path: PORTAL_PATHS.people,
    label: 'nav.people',
    icon: 'group',
    permission: 'people.manage',
    shortcut: true,
  },
  { path: PORTAL_PATHS.audit, label: 'nav.audit', icon: 'history', permission: 'audit.read', shortcut: true },
  { path: PORTAL_PATHS.mail, label: 'nav.mail', icon: 'mail', permission: 'mail.read', shortcut: true },
  { path: PORTAL_PATHS.myProgrammeEvents, label: 'nav.myProgrammeEvents', icon: 'place' },
  { path: PORTAL_PATHS.myCoaching, label: 'nav.myCoaching', icon: 'group' },
  { path: PORTAL_PATHS.profile, label: 'nav.profile', icon: 'person' },
];
