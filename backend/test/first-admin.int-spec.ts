import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '../src/config/app-config';
import { adminAccountsOn, parseAdminArguments } from '../src/commands/admin-create.command';
import { AdminAccounts } from '../src/people/admin-accounts.service';
import { createPerson, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const ROOT = resolve(__dirname, '../..');

/** Runs a backend entry point from its sources, as `node dist/…` would run it built. */
function runEntry(entry: string, args: string[], env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin'),
      '--transpile-only',
      '-P',
      'backend/tsconfig.spec.json',
      '-r',
      'tsconfig-paths/register',
      entry,
      ...args,
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
}

// Each server in its own block: passport keeps one sign-in strategy per process, the last app's.
describe('the demo password in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ production: true });
  });
  afterAll(() => t.close());

  it('is refused at sign-in by a production server, even for an account that has it', async () => {
    const person = await createPerson(t.db, { roles: ['admin'], password: DEMO_PASSWORD });
    const refused = await t
      .http()
      .post('/api/auth/sign-in')
      .send({ email: person.email, password: DEMO_PASSWORD })
      .expect(401);
    expect(refused.body.code).toBe('auth.wrongCredentials');
    await signIn(t, (await createPerson(t.db, { roles: ['admin'] })).email, TEST_PASSWORD);
  });
});

describe('the demo password on a laptop', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs the demo accounts in, as the README promises', async () => {
    const person = await createPerson(t.db, { password: DEMO_PASSWORD });
    await signIn(t, person.email, DEMO_PASSWORD);
  });
});

describe('administrators made outside the portal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates the first administrator from the start-up variables once, and leaves it alone after', async () => {
    const admins = t.app.get(AdminAccounts);
    const email = uniqueEmail('first-admin');
    expect(await admins.createIfAbsent({ email, fullName: 'Derya Kaya', password: 'the-first-secret' })).toBe(
      true,
    );
    expect(await admins.createIfAbsent({ email, fullName: 'Derya Kaya', password: 'changed-in-env' })).toBe(
      false,
    );
    const cookie = await signIn(t, email, 'the-first-secret');
    const me = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ fullName: 'Derya Kaya', roles: ['admin'] });
    const [entry] = await t.db.query(
      `SELECT actor_id, action FROM audit_log WHERE subject_id = $1 AND action = 'person.created'`,
      [me.body.id],
    );
    expect(entry).toEqual({ actor_id: null, action: 'person.created' });
  });

  it('gets a locked-out administrator back in: enabled, an administrator, the new password, old links dead', async () => {
    const person = await createPerson(t.db, { roles: ['trainer'], disabled: true });
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    await t.db.query(
      `INSERT INTO login_failures (email, address) SELECT $1, 'x' FROM generate_series(1, 2000)`,
      [person.email],
    );
    expect(
      await t.app.get(AdminAccounts).createOrRestore({
        email: person.email.toUpperCase(),
        fullName: 'ignored',
        password: 'back-in-at-last',
      }),
    ).toBe('restored');
    const cookie = await signIn(t, person.email, 'back-in-at-last');
    const me = await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.roles).toEqual(['trainer', 'admin']);
    const [{ open }] = await t.db.query(
      'SELECT count(*)::int AS open FROM password_reset_tokens WHERE person_id = $1 AND used_at IS NULL',
      [person.id],
    );
    expect(open).toBe(0);
    const actions = await t.db.query(
      'SELECT action, actor_id FROM audit_log WHERE subject_id = $1 ORDER BY action',
      [person.id],
    );
    expect(actions).toEqual([
      { action: 'person.enabled', actor_id: null },
      { action: 'person.password_set', actor_id: null },
      { action: 'person.roles_changed', actor_id: null },
    ]);
  });

  it('refuses the published demo password and a short one', async () => {
    const admins = adminAccountsOn(t.db);
    await expect(
      admins.createOrRestore({ email: uniqueEmail(), fullName: 'X', password: DEMO_PASSWORD }),
    ).rejects.toThrow(
      "The administrator's password is the demo password printed in the README; choose another",
    );
    await expect(
      admins.createOrRestore({ email: uniqueEmail(), fullName: 'X', password: 'short' }),
    ).rejects.toThrow(/at least 10 characters/);
  });

  it('reads --email and --name from the command line', () => {
    expect(parseAdminArguments(['--email', 'Ops@Example.org', '--name', 'Ayşe Kaya'])).toEqual({
      email: 'ops@example.org',
      fullName: 'Ayşe Kaya',
    });
    expect(() => parseAdminArguments(['--name', 'No Email'])).toThrow(/--email is missing/);
  });

  it('`npm run admin:create` makes an administrator with the password from ADMIN_PASSWORD, printing no password', async () => {
    const email = uniqueEmail('command');
    const run = runEntry(
      'backend/src/commands/admin-create.command.ts',
      ['--email', email, '--name', 'Elif Şahin'],
      {
        DATABASE_URL: process.env['TEST_DATABASE_URL'] as string,
        ADMIN_PASSWORD: 'from-the-environment',
      },
    );
    expect(run.stdout + run.stderr).toContain(`Administrator ${email} created`);
    expect(run.stdout + run.stderr).not.toContain('from-the-environment');
    expect(run.status).toBe(0);
    await signIn(t, email, 'from-the-environment');
  }, 60_000);
});
