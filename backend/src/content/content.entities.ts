import { LessonEntity } from './lesson.entity';
import { ModuleMediaEntity } from './module-media.entity';
import { ModuleVersionEntity } from './module-version.entity';
import { QuizEntity } from './quiz.entity';

/** The tables content owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const CONTENT_ENTITIES = [ModuleVersionEntity, LessonEntity, ModuleMediaEntity, QuizEntity];
