import { AuditEntryEntity } from './audit-entry.entity';

/** The tables audit owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const AUDIT_ENTITIES = [AuditEntryEntity];
