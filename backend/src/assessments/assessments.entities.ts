import { QuizAttemptEntity } from './quiz-attempt.entity';

/** The tables assessments owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const ASSESSMENTS_ENTITIES = [QuizAttemptEntity];
