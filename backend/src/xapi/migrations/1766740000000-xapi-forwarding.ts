import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forwarding of learning records (xAPI statements) to an external LRS: one row of state (the
 * cursor and the last outcome) and one row per statement the LRS accepted, so none is sent twice.
 */
export class XapiForwarding1766740000000 implements MigrationInterface {
  name = 'XapiForwarding1766740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "xapi_forwarding" (
         "id" smallint NOT NULL DEFAULT 1,
         "cursor" TIMESTAMP WITH TIME ZONE,
         "sent_total" integer NOT NULL DEFAULT 0,
         "last_attempt_at" TIMESTAMP WITH TIME ZONE,
         "last_sent_at" TIMESTAMP WITH TIME ZONE,
         "last_error" text,
         "last_error_at" TIMESTAMP WITH TIME ZONE,
         CONSTRAINT "PK_xapi_forwarding" PRIMARY KEY ("id"),
         CONSTRAINT "CHK_xapi_forwarding_one_row" CHECK ("id" = 1))`,
    );
    await queryRunner.query(
      `CREATE TABLE "xapi_forwarded" (
         "kind" text NOT NULL,
         "record_key" text NOT NULL,
         "statement_id" uuid NOT NULL,
         "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_xapi_forwarded" PRIMARY KEY ("kind", "record_key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "xapi_forwarded"`);
    await queryRunner.query(`DROP TABLE "xapi_forwarding"`);
  }
}
