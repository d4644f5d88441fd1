import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capacity questionnaires published from content/assessments, each organisation's baseline and
 * endline per questionnaire version, and the capacity domains a training is tagged with.
 */
export class CapacitySelfAssessment1766700000000 implements MigrationInterface {
  name = 'CapacitySelfAssessment1766700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "capacity_questionnaires" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "slug" text NOT NULL,
         "version" text NOT NULL,
         "definition" jsonb NOT NULL,
         "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_capacity_questionnaires" PRIMARY KEY ("id"),
         CONSTRAINT "UQ_capacity_questionnaires_slug_version" UNIQUE ("slug", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "capacity_assessments" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "organisation_id" uuid NOT NULL,
         "questionnaire_id" uuid NOT NULL,
         "round" text NOT NULL,
         "status" text NOT NULL DEFAULT 'draft',
         "answers" jsonb NOT NULL DEFAULT '{}',
         "overall_score" numeric(2,1),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_by" uuid,
         "submitted_at" TIMESTAMP WITH TIME ZONE,
         "submitted_by" uuid,
         CONSTRAINT "PK_capacity_assessments" PRIMARY KEY ("id"),
         CONSTRAINT "UQ_capacity_assessments_round" UNIQUE ("organisation_id", "questionnaire_id", "round"),
         CONSTRAINT "CHK_capacity_assessments_round" CHECK ("round" IN ('baseline', 'endline')),
         CONSTRAINT "CHK_capacity_assessments_status" CHECK ("status" IN ('draft', 'submitted')),
         CONSTRAINT "CHK_capacity_assessments_submitted" CHECK (("status" = 'submitted') = ("submitted_at" IS NOT NULL AND "overall_score" IS NOT NULL)),
         CONSTRAINT "FK_capacity_assessments_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE,
         CONSTRAINT "FK_capacity_assessments_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "capacity_questionnaires"("id"),
         CONSTRAINT "FK_capacity_assessments_updated_by" FOREIGN KEY ("updated_by") REFERENCES "people"("id") ON DELETE SET NULL,
         CONSTRAINT "FK_capacity_assessments_submitted_by" FOREIGN KEY ("submitted_by") REFERENCES "people"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "trainings" ADD "capacity_domains" text[] NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainings" DROP COLUMN "capacity_domains"`);
    await queryRunner.query(`DROP TABLE "capacity_assessments"`);
    await queryRunner.query(`DROP TABLE "capacity_questionnaires"`);
  }
}
