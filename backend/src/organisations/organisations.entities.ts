import { OrganisationEntity } from './organisation.entity';

/** The tables organisations owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const ORGANISATIONS_ENTITIES = [OrganisationEntity];
