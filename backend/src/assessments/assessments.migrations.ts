import { QuizzesAttempts1764400000000 } from './migrations/1764400000000-quizzes-attempts';
import { SessionQuizDeadlines1766500000000 } from './migrations/1766500000000-session-quiz-deadlines';

/** The migrations of the tables assessments owns, oldest first; collected for the data source in src/migrations.ts. */
export const ASSESSMENTS_MIGRATIONS = [QuizzesAttempts1764400000000, SessionQuizDeadlines1766500000000];
