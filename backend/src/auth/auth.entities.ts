import { PendingRegistrationEntity } from './pending-registration.entity';
import { RegistrationRequestEntity } from './registration-request.entity';

/** The tables auth owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const AUTH_ENTITIES = [RegistrationRequestEntity, PendingRegistrationEntity];
