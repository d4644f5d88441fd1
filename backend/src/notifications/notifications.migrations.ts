import { NotificationsAndNotices1765810000000 } from './migrations/1765810000000-notifications-and-notices';

/** The migrations of the tables notifications owns, oldest first; collected for the data source in src/migrations.ts. */
export const NOTIFICATIONS_MIGRATIONS = [NotificationsAndNotices1765810000000];
