import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttendanceEvaluations1764300000000 implements MigrationInterface {
  name = 'AttendanceEvaluations1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "walk_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "full_name" text NOT NULL, "organisation_name" text, "email" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9d1273d1a1a4f8d0a2071f4b1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "walk_ins_session_idx" ON "walk_ins" ("session_id") `);
    await queryRunner.query(
      `CREATE TABLE "attendance_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "enrolment_id" uuid, "walk_in_id" uuid, "status" text NOT NULL, "note" text, "method" text NOT NULL, "marked_by" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attendance_records_one_attendee" CHECK ((enrolment_id IS NULL) <> (walk_in_id IS NULL)), CONSTRAINT "PK_946920332f5bc9efad3f3023b96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attendance_records_meeting_walk_in_unique" ON "attendance_records" ("meeting_id", "walk_in_id") WHERE walk_in_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attendance_records_meeting_enrolment_unique" ON "attendance_records" ("meeting_id", "enrolment_id") WHERE enrolment_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "relevance" smallint NOT NULL, "trainer" smallint NOT NULL, "materials" smallint NOT NULL, "organisation" smallint NOT NULL, "comments" text, "anonymous" boolean NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f683b433eba0e6dae7e19b29e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "evaluations_session_idx" ON "evaluations" ("session_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evaluations_enrolment_unique" ON "evaluations" ("enrolment_id") `,
    );
    await queryRunner.query(`ALTER TABLE "people" ADD "calendar_token" text`);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD "check_in_secret" text NOT NULL DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text)`,
    );
    // The default only fills existing meetings; new ones get their secret from the application.
    await queryRunner.query(`ALTER TABLE "meetings" ALTER COLUMN "check_in_secret" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "people_calendar_token_unique" ON "people" ("calendar_token") `,
    );
    await queryRunner.query(
      `ALTER TABLE "walk_ins" ADD CONSTRAINT "FK_56ba117a61e20d71eaf1eb9567d" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_a3ca60d8ae64244789c0343092f" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_64fd02834031ce951f8c93177a3" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_cec54f3cc521b81e5e3ebda561d" FOREIGN KEY ("walk_in_id") REFERENCES "walk_ins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_0365a2d950e05ef7bf3e0da5201" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_5432337bb27292bde66383610c9" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "FK_5432337bb27292bde66383610c9"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "FK_0365a2d950e05ef7bf3e0da5201"`);
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_cec54f3cc521b81e5e3ebda561d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_64fd02834031ce951f8c93177a3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_a3ca60d8ae64244789c0343092f"`,
    );
    await queryRunner.query(`ALTER TABLE "walk_ins" DROP CONSTRAINT "FK_56ba117a61e20d71eaf1eb9567d"`);
    await queryRunner.query(`DROP INDEX "public"."people_calendar_token_unique"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "check_in_secret"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "calendar_token"`);
    await queryRunner.query(`DROP INDEX "public"."evaluations_enrolment_unique"`);
    await queryRunner.query(`DROP INDEX "public"."evaluations_session_idx"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_records_meeting_enrolment_unique"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_records_meeting_walk_in_unique"`);
    await queryRunner.query(`DROP TABLE "attendance_records"`);
    await queryRunner.query(`DROP INDEX "public"."walk_ins_session_idx"`);
    await queryRunner.query(`DROP TABLE "walk_ins"`);
  }
}
