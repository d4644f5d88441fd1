import { TrainingRevisionEntity } from './training-revision.entity';
import { TrainingEntity } from './training.entity';

/** The tables trainings owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const TRAININGS_ENTITIES = [TrainingEntity, TrainingRevisionEntity];
