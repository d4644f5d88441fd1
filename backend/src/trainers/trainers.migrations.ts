import { TrainerProfiles1766200000000 } from './migrations/1766200000000-trainer-profiles';

/** The migrations of the tables trainers owns, oldest first; collected for the data source in src/migrations.ts. */
export const TRAINERS_MIGRATIONS = [TrainerProfiles1766200000000];
