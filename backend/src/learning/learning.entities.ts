import { LessonProgressEntity } from './lesson-progress.entity';

/** The tables learning owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const LEARNING_ENTITIES = [LessonProgressEntity];
