import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuizzesAttempts1764400000000 implements MigrationInterface {
  name = 'QuizzesAttempts1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quizzes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_version_id" uuid NOT NULL, "slug" text NOT NULL, "kind" text NOT NULL, "title" jsonb NOT NULL, "pass_mark_percent" integer NOT NULL, "time_limit_minutes" integer, "max_attempts" integer NOT NULL, "shuffle_questions" boolean NOT NULL, "shuffle_options" boolean NOT NULL, "review_policy" text NOT NULL, "paired_with" text, "questions" jsonb NOT NULL, CONSTRAINT "PK_b24f0f7662cf6b3a0e7dba0a1b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quizzes_module_version_slug_unique" ON "quizzes" ("module_version_id", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quiz_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "number" integer NOT NULL, "layout" jsonb NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deadline_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "score" numeric, "max_score" numeric NOT NULL, "percent" numeric, "passed" boolean, "graded" jsonb, CONSTRAINT "PK_a84a93fb092359516dc5b325b90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quiz_attempts_one_open" ON "quiz_attempts" ("quiz_id", "enrolment_id") WHERE submitted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quiz_attempts_number_unique" ON "quiz_attempts" ("quiz_id", "enrolment_id", "number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "quizzes" ADD CONSTRAINT "FK_121be10367e5efa6d2e4bc1e959" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_a720e260138b64fcff2fca19b2d" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_1c3561d478515b27ed46e2924ff" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_1c3561d478515b27ed46e2924ff"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_a720e260138b64fcff2fca19b2d"`);
    await queryRunner.query(`ALTER TABLE "quizzes" DROP CONSTRAINT "FK_121be10367e5efa6d2e4bc1e959"`);
    await queryRunner.query(`DROP INDEX "public"."quiz_attempts_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."quiz_attempts_one_open"`);
    await queryRunner.query(`DROP TABLE "quiz_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."quizzes_module_version_slug_unique"`);
    await queryRunner.query(`DROP TABLE "quizzes"`);
  }
}
