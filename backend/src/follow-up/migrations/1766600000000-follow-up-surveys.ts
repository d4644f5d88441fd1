import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-up surveys published from content/surveys, and the answers per enrolment and wave. */
export class FollowUpSurveys1766600000000 implements MigrationInterface {
  name = 'FollowUpSurveys1766600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "surveys" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "slug" text NOT NULL,
         "version" text NOT NULL,
         "definition" jsonb NOT NULL,
         "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_surveys" PRIMARY KEY ("id"),
         CONSTRAINT "UQ_surveys_slug_version" UNIQUE ("slug", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up_answers" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "enrolment_id" uuid NOT NULL,
         "wave" smallint NOT NULL,
         "survey_id" uuid NOT NULL,
         "answers" jsonb NOT NULL,
         "used" text NOT NULL,
         "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_follow_up_answers" PRIMARY KEY ("id"),
         CONSTRAINT "UQ_follow_up_answers_enrolment_wave" UNIQUE ("enrolment_id", "wave"),
         CONSTRAINT "CHK_follow_up_answers_wave" CHECK ("wave" IN (3, 6)),
         CONSTRAINT "FK_follow_up_answers_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE,
         CONSTRAINT "FK_follow_up_answers_survey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow_up_answers"`);
    await queryRunner.query(`DROP TABLE "surveys"`);
  }
}
