import { ImportProgress1764900000000 } from './migrations/1764900000000-import-progress';
import { ImportJobRows1765210000000 } from './migrations/1765210000000-import-job-rows';

/** The migrations of the tables enrolments owns, oldest first; collected for the data source in src/migrations.ts. */
export const ENROLMENTS_MIGRATIONS = [ImportProgress1764900000000, ImportJobRows1765210000000];
