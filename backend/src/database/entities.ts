import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { LoginFailureEntity } from '../auth/login-failure.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/** Every entity, listed rather than globbed so the same list works from sources and from dist. */
export const ENTITIES = [OrganisationEntity, PersonEntity, AuthSessionEntity, LoginFailureEntity, AuditEntryEntity];
