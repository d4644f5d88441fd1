import { OpenBadgeCredentials1766730000000 } from './migrations/1766730000000-open-badge-credentials';

/** The migrations of the tables credentials owns, oldest first; collected for the data source in src/migrations.ts. */
export const CREDENTIALS_MIGRATIONS = [OpenBadgeCredentials1766730000000];
