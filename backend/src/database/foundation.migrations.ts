import { Foundation1764100000000 } from './migrations/1764100000000-foundation';
import { TrainingsSessionsEnrolments1764200000000 } from './migrations/1764200000000-trainings-sessions-enrolments';

/**
 * The first two migrations, which laid down the tables of several features at once (organisations,
 * people, access and audit; then trainings, sessions, enrolments, content and learning), so no
 * feature owns them. Collected for the data source in src/migrations.ts; nothing here imports a feature.
 */
export const FOUNDATION_MIGRATIONS = [Foundation1764100000000, TrainingsSessionsEnrolments1764200000000];
