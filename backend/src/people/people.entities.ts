import { PersonEntity } from './person.entity';

/** The tables people owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const PEOPLE_ENTITIES = [PersonEntity];
