import { FollowUpSurveys1766600000000 } from './migrations/1766600000000-follow-up-surveys';

/** The migrations of the tables follow-up owns, oldest first; collected for the data source in src/migrations.ts. */
export const FOLLOW_UP_MIGRATIONS = [FollowUpSurveys1766600000000];
