import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import's per-row report as rows of its own: appending to one jsonb column rewrote the whole
 * report for every row, so imports slowed down quadratically. Existing reports are carried over.
 */
export class ImportJobRows1765210000000 implements MigrationInterface {
  name = 'ImportJobRows1765210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_job_rows" ("job_id" uuid NOT NULL, "row" integer NOT NULL, "report" jsonb NOT NULL, CONSTRAINT "PK_4a08bcaf0e74ddc17d1dd6436ee" PRIMARY KEY ("job_id", "row"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_job_rows" ADD CONSTRAINT "FK_0f675c2998d04ab0dc6293420e0" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "import_job_rows" ("job_id", "row", "report")
       SELECT j.id, (r.report->>'row')::int, r.report
         FROM "import_jobs" j CROSS JOIN LATERAL jsonb_array_elements(j.rows) AS r(report)
       ON CONFLICT DO NOTHING`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "rows"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "rows" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `UPDATE "import_jobs" j SET "rows" = r.reports
         FROM (SELECT "job_id", jsonb_agg("report" ORDER BY "row") AS reports FROM "import_job_rows" GROUP BY "job_id") r
        WHERE r."job_id" = j.id`,
    );
    await queryRunner.query(`DROP TABLE "import_job_rows"`);
  }
}
