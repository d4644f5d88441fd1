import { Logframe1766720000000 } from './migrations/1766720000000-logframe';

/** The migrations of the tables logframe owns, oldest first; collected for the data source in src/migrations.ts. */
export const LOGFRAME_MIGRATIONS = [Logframe1766720000000];
