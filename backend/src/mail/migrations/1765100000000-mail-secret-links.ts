import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mails no longer store the secret of their link (a password-reset token): the stored bodies show
 * it as "••••••••" and the sender is handed the secret. Reset links already stored are masked the
 * same way, so no administrator can read a live one in the outbox; masked bodies are not restored.
 */
export class MailSecretLinks1765100000000 implements MigrationInterface {
  name = 'MailSecretLinks1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "secret_link" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "mail_outbox"
          SET "secret_link" = true,
              "text_body" = regexp_replace("text_body", '(/reset-password\\?token=)[A-Za-z0-9_%-]+', '\\1••••••••', 'g'),
              "html_body" = regexp_replace("html_body", '(/reset-password\\?token=)[A-Za-z0-9_%-]+', '\\1••••••••', 'g')
        WHERE "kind" = 'password_reset'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "secret_link"`);
  }
}
