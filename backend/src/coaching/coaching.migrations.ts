import { CoachingTracks1766710000000 } from './migrations/1766710000000-coaching-tracks';

/** The migrations of the tables coaching owns, oldest first; collected for the data source in src/migrations.ts. */
export const COACHING_MIGRATIONS = [CoachingTracks1766710000000];
