import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1764500000000 implements MigrationInterface {
  name = 'Certificates1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificate_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "started_by" uuid NOT NULL, "status" text NOT NULL DEFAULT 'queued', "total" integer NOT NULL DEFAULT '0', "issued" integer NOT NULL DEFAULT '0', "skipped" integer NOT NULL DEFAULT '0', "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_39a00072c5753957859293c18ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate_serials" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_08126bc3d5f55e246d4b9b42fb6" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "serial" text NOT NULL, "verification_code" text NOT NULL, "enrolment_id" uuid NOT NULL, "person_id" uuid NOT NULL, "session_id" uuid NOT NULL, "holder_name" text NOT NULL, "training_title" jsonb NOT NULL, "session_title" text NOT NULL, "languages" text array NOT NULL, "starts_on" date, "ends_on" date, "place" text NOT NULL, "hours" numeric NOT NULL, "modules" jsonb NOT NULL, "issuer" text NOT NULL, "signatory_name" text NOT NULL, "signatory_title" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid NOT NULL, "sha256" text NOT NULL, "status" text NOT NULL DEFAULT 'valid', "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "replaces_id" uuid, "override_reason" text, CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "certificates_serial_unique" ON "certificates" ("serial") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificates_verification_code_unique" ON "certificates" ("verification_code") `,
    );
    await queryRunner.query(`CREATE INDEX "certificates_enrolment_idx" ON "certificates" ("enrolment_id") `);
    await queryRunner.query(`CREATE INDEX "certificates_session_idx" ON "certificates" ("session_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificates_one_valid_per_enrolment" ON "certificates" ("enrolment_id") WHERE status = 'valid'`,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_3213d6711ea80b8df2343869b0e" PRIMARY KEY ("key", "window_start"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "FK_eae67dad555fdec30762dfcec2e" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_eae67dad555fdec30762dfcec2e"`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_one_valid_per_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_session_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_enrolment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_verification_code_unique"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_serial_unique"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
    await queryRunner.query(`DROP TABLE "certificate_serials"`);
    await queryRunner.query(`DROP TABLE "certificate_jobs"`);
  }
}
