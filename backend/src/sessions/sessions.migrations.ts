import { SessionTimeZones1765700000000 } from './migrations/1765700000000-session-time-zones';

/** The migrations of the tables sessions owns, oldest first; collected for the data source in src/migrations.ts. */
export const SESSIONS_MIGRATIONS = [SessionTimeZones1765700000000];
