import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Gender, OrganisationType, Role } from '@atolye/shared';
import { SESSION_COOKIE } from '@atolye/shared';
import { PasswordHasher } from '../../src/access/password-hasher';
import { hashSessionToken, newSessionToken } from '../../src/access/session-token';
import { OrganisationEntity } from '../../src/organisations/organisation.entity';
import { PersonEntity } from '../../src/people/person.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct-horse-battery';
const hashes = new Map<string, Promise<string>>();
const hasher = new PasswordHasher();

/** argon2 is slow on purpose; hash each distinct password once per run. */
function hashOf(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hasher.hash(password));
  return hashes.get(password) as Promise<string>;
}

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.example`;
}

export async function createOrganisation(
  db: DataSource,
  fields: Partial<{ name: string; type: OrganisationType; country: string; province: string }> = {},
): Promise<OrganisationEntity> {
  const organisations = db.getRepository(OrganisationEntity);
  return organisations.save(
    organisations.create({
      name: fields.name ?? `Test Association ${randomUUID().slice(0, 8)}`,
      type: fields.type ?? 'cso',
      country: fields.country ?? 'TR',
      province: fields.province ?? 'Gaziantep',
      thematicAreas: ['protection'],
      website: null,
    }),
  );
}

export async function createPerson(
  db: DataSource,
  fields: Partial<{
    roles: Role[];
    email: string;
    fullName: string;
    password: string;
    disabled: boolean;
    gender: Gender;
    organisationId: string | null;
  }> = {},
): Promise<PersonEntity> {
  return db.getRepository(PersonEntity).save({
    email: fields.email ?? uniqueEmail(fields.roles?.[0] ?? 'trainee'),
    fullName: fields.fullName ?? 'Ayşe Yıldız',
    passwordHash: await hashOf(fields.password ?? TEST_PASSWORD),
    roles: fields.roles ?? ['trainee'],
    disabled: fields.disabled ?? false,
    language: 'en',
    gender: fields.gender ?? 'undeclared',
    organisationId: fields.organisationId ?? null,
  });
}

/** Signs in through the API and returns the Cookie header to send with later requests. */
export async function signIn(testApp: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await testApp.http().post('/api/auth/sign-in').send({ email, password }).expect(200);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error('sign-in set no session cookie');
  return session.split(';')[0];
}

/** A signed-in person of the given roles: their entity and Cookie header. */
export async function signedIn(
  testApp: TestApp,
  roles: Role[],
): Promise<{ person: PersonEntity; cookie: string }> {
  const person = await createPerson(testApp.db, { roles });
  return { person, cookie: await signIn(testApp, person.email) };
}

/**
 * A session cookie made directly in the database, for specs that need many signed-in people at
 * once (sign-in itself is tested elsewhere and is slow on purpose).
 */
export async function sessionCookieFor(db: DataSource, personId: string): Promise<string> {
  const token = newSessionToken();
  await db.query(
    `INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
    [hashSessionToken(token), personId],
  );
  return `${SESSION_COOKIE}=${token}`;
}
