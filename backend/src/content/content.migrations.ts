import { QuizAfterLesson1765000000000 } from './migrations/1765000000000-quiz-after-lesson';

/** The migrations of the tables content owns, oldest first; collected for the data source in src/migrations.ts. */
export const CONTENT_MIGRATIONS = [QuizAfterLesson1765000000000];
