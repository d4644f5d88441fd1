import { ProgrammeEvents1766210000000 } from './migrations/1766210000000-programme-events';

/** The migrations of the tables programme-events owns, oldest first; collected for the data source in src/migrations.ts. */
export const PROGRAMME_EVENTS_MIGRATIONS = [ProgrammeEvents1766210000000];
