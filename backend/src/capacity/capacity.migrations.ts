import { CapacitySelfAssessment1766700000000 } from './migrations/1766700000000-capacity-self-assessment';

/** The migrations of the tables capacity owns, oldest first; collected for the data source in src/migrations.ts. */
export const CAPACITY_MIGRATIONS = [CapacitySelfAssessment1766700000000];
