import type { Role } from '@atolye/shared';
import { createOrganisation, createPerson, sessionCookieFor } from './support/factories';
import {
  BAD_BODIES,
  BAD_FIELD_VALUES,
  BAD_PATH_VALUES,
  BAD_QUERY_VALUES,
  discoverOperations,
  type FuzzOperation,
} from './support/fuzz-inputs';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';
import { createTestApp, type TestApp } from './support/test-app';

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', 'trainee', 'trainer', 'coordinator', 'admin'];

interface Probe {
  variant: string;
  url: string;
  body?: string;
}

/**
 * Every operation of the OpenAPI document, called as every role with a fixed set of malformed
 * path parameters, query strings and bodies (wrong types, NUL bytes, huge numbers, JSON nested
 * 5,000 levels, traversal, unknown ids). Whatever the input, the API answers 4xx, never 5xx.
 */
describe('malformed input to every operation, as every role', () => {
  let t: TestApp;
  let operations: FuzzOperation[];
  const people = new Map<Caller, string>();
  /** Real values for path parameters, keyed by the segment before them: `sessions/{id}`. */
  const real = new Map<string, string>();
  let origin: string;

  beforeAll(async () => {
    t = await createTestApp();
    origin = new URL(t.config.publicUrl).origin;
    for (const role of CALLERS) {
      if (role !== 'anonymous') people.set(role, (await createPerson(t.db, { roles: [role] })).id);
    }
    await publishRepositoryContent(t);
    const coordinator = await sessionCookieFor(t.db, people.get('coordinator') as string);
    const organisation = await createOrganisation(t.db);
    const training = await createTraining(t, coordinator);
    const session = await createSession(t, coordinator, training.id, {
      trainerIds: [people.get('trainer') as string],
    });
    const enrolment = await enrolByHand(t, coordinator, session.id, people.get('trainee') as string);
    const [lesson] = await t.db.query('SELECT id FROM lessons LIMIT 1');
    const [module] = await t.db.query(
      `SELECT mv.slug, mv.version, l.slug AS lesson FROM module_versions mv JOIN lessons l ON l.module_version_id = mv.id LIMIT 1`,
    );
    const [quiz] = await t.db.query('SELECT id FROM quizzes LIMIT 1');
    const set = (key: string, value: string) => real.set(key, value);
    set('people/{id}', people.get('trainee') as string);
    set('organisations/{id}', organisation.id);
    set('trainings/{id}', training.id);
    set('sessions/{id}', session.id);
    set('enrolments/{id}', enrolment);
    set('meetings/{id}', session.meetings[0].id);
    set('lessons/{lessonId}', lesson.id);
    set('quizzes/{quizId}', quiz.id);
    set('modules/{slug}', module.slug);
    set('versions/{version}', module.version);
    set('lessons/{lesson}', module.lesson);
    operations = discoverOperations(t.app);
  });
  afterAll(() => t.close());

  it('covers every operation of the OpenAPI document', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(operations.map((o) => `${o.method} ${o.path}`).sort());
  });

  function probes(operation: FuzzOperation): Probe[] {
    const hasParams = /\{\w+\}/.test(operation.path);
    const withParams = (value: (key: string) => string) =>
      operation.path.replace(/([\w-]+)\/\{(\w+)\}/g, (_all, segment: string, name: string) => {
        const key = `${segment}/{${name}}`;
        return `${segment}/${value(key)}`;
      });
    // Real ids where the test made one, else a well-formed id of nothing.
    const path = withParams((key) => real.get(key) ?? '00000000-0000-4000-8000-000000000001').replace(
      /\{\w+\}/g,
      'unknown-value',
    );
    const list: Probe[] = [];
    if (hasParams) {
      for (const value of BAD_PATH_VALUES) {
        list.push({
          variant: `path parameters ${value.slice(0, 30)}`,
          url: withParams(() => value).replace(/\{\w+\}/g, value),
        });
      }
    }
    // One field at a time, so that a refusal of one does not hide how another is handled.
    const queryFields = operation.queryFields.length ? operation.queryFields : ['page'];
    for (const field of queryFields) {
      for (const [variant, value] of BAD_QUERY_VALUES) {
        const query = value.startsWith('[')
          ? `${field}${value}`
          : `${field}=${value.replace('{field}', field)}`;
        list.push({ variant: `query ${field} of ${variant}`, url: `${path}?${query}` });
      }
    }
    if (['post', 'put', 'patch'].includes(operation.method)) {
      for (const [variant, body] of BAD_BODIES) list.push({ variant: `body of ${variant}`, url: path, body });
      for (const [variant, value] of BAD_FIELD_VALUES) {
        const fields = operation.bodyFields.length ? operation.bodyFields : ['name'];
        list.push({
          variant: `every body field ${variant}`,
          url: path,
          body: JSON.stringify(Object.fromEntries(fields.map((field) => [field, value]))),
        });
      }
    }
    return list;
  }

  async function call(caller: Caller, operation: FuzzOperation, probe: Probe): Promise<number> {
    const request = t.http()[operation.method](probe.url).set('Origin', origin);
    if (caller !== 'anonymous')
      // A fresh session per request: a probe of sign-out must not sign the next one out.
      request.set('Cookie', await sessionCookieFor(t.db, people.get(caller) as string));
    if (probe.body !== undefined) request.set('Content-Type', 'application/json').send(probe.body);
    return (await request).status;
  }

  it.each(CALLERS)(
    'answers %s with no 5xx, whatever is sent',
    async (caller) => {
      const failures: string[] = [];
      let sent = 0;
      for (const operation of operations) {
        for (const probe of probes(operation)) {
          const status = await call(caller, operation, probe);
          sent++;
          if (status >= 500)
            failures.push(`${status} ${operation.method.toUpperCase()} ${operation.path} — ${probe.variant}`);
        }
      }
      expect(sent).toBeGreaterThan(operations.length * 7);
      expect(failures).toEqual([]);
    },
    300_000,
  );
});
