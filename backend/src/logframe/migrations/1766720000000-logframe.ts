import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme's logframe: its items (objectives, results, activities) as a tree, their
 * indicators, values entered by hand and the files kept as their evidence.
 */
export class Logframe1766720000000 implements MigrationInterface {
  name = 'Logframe1766720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "logframe_items" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "level" text NOT NULL,
         "parent_id" uuid,
         "position" integer NOT NULL,
         "title" jsonb NOT NULL,
         "assumptions" jsonb NOT NULL DEFAULT '{}',
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_logframe_items" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "logframe_items_parent_idx" ON "logframe_items" ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "logframe_indicators" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "item_id" uuid NOT NULL,
         "position" integer NOT NULL,
         "text" jsonb NOT NULL,
         "unit" text NOT NULL,
         "baseline_value" numeric NOT NULL,
         "baseline_date" date NOT NULL,
         "target_value" numeric NOT NULL,
         "target_date" date NOT NULL,
         "means_of_verification" jsonb NOT NULL DEFAULT '{}',
         "disaggregations" text array NOT NULL DEFAULT '{}',
         "source" text NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_logframe_indicators" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "logframe_indicators_item_idx" ON "logframe_indicators" ("item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "logframe_evidence" (
         "sha256" text NOT NULL,
         "media_type" text NOT NULL,
         "bytes" bytea NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_logframe_evidence" PRIMARY KEY ("sha256"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "logframe_values" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "indicator_id" uuid NOT NULL,
         "period_start" date NOT NULL,
         "period_end" date NOT NULL,
         "value" numeric NOT NULL,
         "cells" jsonb NOT NULL DEFAULT '[]',
         "source_note" text NOT NULL,
         "evidence_sha256" text,
         "evidence_name" text,
         "evidence_size" integer,
         "entered_by" uuid NOT NULL,
         "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_logframe_values" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "logframe_values_indicator_idx" ON "logframe_values" ("indicator_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "logframe_items" ADD CONSTRAINT "FK_logframe_items_parent" FOREIGN KEY ("parent_id") REFERENCES "logframe_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "logframe_indicators" ADD CONSTRAINT "FK_logframe_indicators_item" FOREIGN KEY ("item_id") REFERENCES "logframe_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "logframe_values" ADD CONSTRAINT "FK_logframe_values_indicator" FOREIGN KEY ("indicator_id") REFERENCES "logframe_indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "logframe_values" ADD CONSTRAINT "FK_logframe_values_evidence" FOREIGN KEY ("evidence_sha256") REFERENCES "logframe_evidence"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "logframe_values" ADD CONSTRAINT "FK_logframe_values_entered_by" FOREIGN KEY ("entered_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "logframe_values"`);
    await queryRunner.query(`DROP TABLE "logframe_evidence"`);
    await queryRunner.query(`DROP TABLE "logframe_indicators"`);
    await queryRunner.query(`DROP TABLE "logframe_items"`);
  }
}
