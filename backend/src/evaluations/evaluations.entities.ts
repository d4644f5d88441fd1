import { EvaluationEntity } from './evaluation.entity';

/** The tables evaluations owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const EVALUATIONS_ENTITIES = [EvaluationEntity];
