import type { LoggerService } from '@nestjs/common';
import { AfterResponse } from '../src/auth/after-response';
import { MailSender } from '../src/mail/mail-sender';
import { MailRepository } from '../src/mail/mail.repository';
import { createOrganisation, createPerson, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { mailedToken, startSmtpCapture, type SmtpCapture } from './support/smtp-capture';
import { createTestApp, type TestApp } from './support/test-app';

/** Every line the app logs, at every level, with its context and any stack. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private keep(level: string, message: unknown, rest: unknown[]): void {
    this.lines.push(
      `${level} ${[message, ...rest].map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ')}`,
    );
  }
  log(message: unknown, ...rest: unknown[]): void {
    this.keep('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.keep('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.keep('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.keep('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.keep('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.keep('fatal', message, rest);
  }
}

describe('what the server logs', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  const logger = new CapturingLogger();
  /** Everything a log line must never hold: passwords, tokens, mailed links, session cookies, hashes. */
  const secrets: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ smtpUrl: smtp.url, logLevel: 'debug' }, undefined, logger);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('holds no password, token, mailed link or session cookie through sign-in, registration, resets and mail', async () => {
    const settled = () => t.app.get(AfterResponse).settled();
    // Sign-in: a wrong password, then the right one.
    const person = await createPerson(t.db);
    secrets.push(TEST_PASSWORD, 'a-wrong-guess-of-it');
    await t
      .http()
      .post('/api/auth/sign-in')
      .send({ email: person.email, password: 'a-wrong-guess-of-it' })
      .expect(401);
    const cookie = await signIn(t, person.email);
    secrets.push(cookie.split('=')[1]);

    // Registration of a new address, followed by its confirmation, and of a known one.
    const organisation = await createOrganisation(t.db);
    const email = uniqueEmail('registers');
    secrets.push('registered-with-this-secret');
    const register = (address: string) =>
      t.http().post('/api/auth/register').send({
        fullName: 'Omar Farouk',
        email: address,
        password: 'registered-with-this-secret',
        organisationId: organisation.id,
        language: 'en',
      });
    await register(email).expect(202);
    await register(person.email).expect(202);
    await settled();
    const confirmation = await mailedToken(smtp, email, '/confirm-email');
    secrets.push(confirmation);
    await t.http().post('/api/auth/register/confirm').send({ token: confirmation }).expect(204);
    await t.http().post('/api/auth/register/confirm').send({ token: confirmation }).expect(410);

    // A password reset, used, used again, and one with an unknown token.
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    await settled();
    const reset = await mailedToken(smtp, person.email, '/reset-password');
    secrets.push(reset, 'reset-to-this-secret');
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: reset, password: 'reset-to-this-secret' })
      .expect(204);
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: reset, password: 'reset-to-this-secret' })
      .expect(410);
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'Z'.repeat(43), password: 'reset-to-this-secret' })
      .expect(400);

    // A reset mail that cannot be delivered (the SMTP server refuses the connection), retried and logged.
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    await settled();
    const [queued] = await t.db.query(
      `SELECT id FROM mail_outbox WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
      [person.email],
    );
    await t.db.query(`UPDATE mail_outbox SET status = 'queued' WHERE id = $1`, [queued.id]);
    const unreachable = new MailSender(
      { ...t.config, smtpUrl: 'smtp://127.0.0.1:9' },
      t.app.get(MailRepository),
    );
    secrets.push('the-unsent-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    await unreachable.deliver(queued.id, 'the-unsent-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    unreachable.onModuleDestroy();
    // And one whose secret was lost.
    await t.db.query(`UPDATE mail_outbox SET status = 'queued' WHERE id = $1`, [queued.id]);
    await t.app.get(MailSender).deliver(queued.id);

    // Own password change, and an administrator's.
    const fresh = await signIn(t, person.email, 'reset-to-this-secret');
    secrets.push(fresh.split('=')[1], 'changed-on-my-profile', 'set-by-an-administrator');
    await t
      .http()
      .put('/api/me/password')
      .set('Cookie', fresh)
      .send({ currentPassword: 'reset-to-this-secret', newPassword: 'changed-on-my-profile' })
      .expect(204);
    const admin = await createPerson(t.db, { roles: ['admin'] });
    await t
      .http()
      .put(`/api/people/${person.id}/password`)
      .set('Cookie', await signIn(t, admin.email))
      .send({ password: 'set-by-an-administrator' })
      .expect(204);

    const [{ hashes }] = await t.db.query(
      `SELECT array_agg(password_hash) AS hashes FROM people WHERE id = ANY($1)`,
      [[person.id, admin.id]],
    );
    secrets.push(...hashes);

    const log = logger.lines.join('\n');
    expect(logger.lines.length).toBeGreaterThan(0); // the mail failures above were logged
    expect(log).toMatch(/not sent/);
    for (const secret of secrets) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/token=[A-Za-z0-9_-]{20,}/);
    expect(log).not.toMatch(/\$argon2/);
  });
});
