import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications under the portal's bell; the claims that keep each scheduled notice to one
 * sending however many processes schedule it; per-person opt-outs of optional mails, with the
 * secret of their unsubscribe links; and the List-Unsubscribe address of an optional mail.
 */
export class NotificationsAndNotices1765810000000 implements MigrationInterface {
  name = 'NotificationsAndNotices1765810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notice_claims" ("key" text NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f95dada1abfc5c5cc03ffb9ec2" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" text NOT NULL, "params" jsonb NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_person_idx" ON "notifications" ("person_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "people" ADD "mail_opt_outs" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "people" ADD "unsubscribe_token" text`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "list_unsubscribe" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "people_unsubscribe_token_unique" ON "people" ("unsubscribe_token") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_6633b2b44c7c5c3766dc5af522f" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_6633b2b44c7c5c3766dc5af522f"`);
    await queryRunner.query(`DROP INDEX "public"."people_unsubscribe_token_unique"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "list_unsubscribe"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "unsubscribe_token"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "mail_opt_outs"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_person_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "notice_claims"`);
  }
}
