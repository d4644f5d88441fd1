import { RegistrationConfirmation1765110000000 } from './migrations/1765110000000-registration-confirmation';

/** The migrations of the tables auth owns, oldest first; collected for the data source in src/migrations.ts. */
export const AUTH_MIGRATIONS = [RegistrationConfirmation1765110000000];
