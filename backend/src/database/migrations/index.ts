import { Foundation1764100000000 } from './1764100000000-foundation';
import { TrainingsSessionsEnrolments1764200000000 } from './1764200000000-trainings-sessions-enrolments';

/** Every migration in order; listed rather than globbed so sources and dist behave alike. */
export const MIGRATIONS = [Foundation1764100000000, TrainingsSessionsEnrolments1764200000000];
