import { OrganisationProfiles1766100000000 } from './migrations/1766100000000-organisation-profiles';

/** The migrations of the tables organisations owns, oldest first; collected for the data source in src/migrations.ts. */
export const ORGANISATIONS_MIGRATIONS = [OrganisationProfiles1766100000000];
