import { TrainerProfileEntity } from './trainer-profile.entity';

/** The tables trainers owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const TRAINERS_ENTITIES = [TrainerProfileEntity];
