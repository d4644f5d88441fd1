import { DataSource } from 'typeorm';
import { HIDDEN_SECRET } from '@atolye/shared';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { MIGRATIONS } from '../src/migrations';
import { MailSecretLinks1765100000000 } from '../src/mail/migrations/1765100000000-mail-secret-links';
import { createDatabase, databaseUrlWithName, dropDatabase } from './support/test-database';

/** A database of its own, migrated to just before the change, so rows of the old shape can be written. */
describe(MailSecretLinks1765100000000.name, () => {
  const server = process.env['TEST_DATABASE_URL'] as string;
  const name = `atolye_mail_secrets_${Date.now()}_${process.pid}`;
  const before = MIGRATIONS.indexOf(MailSecretLinks1765100000000);
  let db: DataSource;

  beforeAll(async () => {
    await createDatabase(server, name);
    db = new DataSource({
      ...dataSourceOptions(databaseUrlWithName(server, name), ENTITIES, MIGRATIONS),
      migrations: MIGRATIONS.slice(0, before),
    });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(server, name);
  });

  it('hides the live links of reset mails already in the outbox, and only those', async () => {
    const token = 'Kq3-_x9ZfVb2LmN8pQ4rT6uW1yA5cE7gH0jS2dF4kXo';
    const link = `https://atolye.example.org/reset-password?token=${token}`;
    await db.query(
      `INSERT INTO mail_outbox (kind, recipient, language, subject, text_body, html_body) VALUES
       ('password_reset', 'a@test.example', 'en', 'Reset', $1, $2),
       ('certificate_issued', 'b@test.example', 'en', 'Certificate', 'https://atolye.example.org/verify/abc', '<p>x</p>')`,
      [`Choose a new password:\n${link}\n\nBye`, `<a href="${link}">Choose a new password</a>`],
    );
    const runner = db.createQueryRunner();
    try {
      await new MailSecretLinks1765100000000().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await db.query(
      'SELECT kind, text_body, html_body, secret_link FROM mail_outbox ORDER BY kind DESC',
    );
    const hidden = `https://atolye.example.org/reset-password?token=${HIDDEN_SECRET}`;
    expect(rows).toEqual([
      {
        kind: 'password_reset',
        text_body: `Choose a new password:\n${hidden}\n\nBye`,
        html_body: `<a href="${hidden}">Choose a new password</a>`,
        secret_link: true,
      },
      {
        kind: 'certificate_issued',
        text_body: 'https://atolye.example.org/verify/abc',
        html_body: '<p>x</p>',
        secret_link: false,
      },
    ]);
  });
});
