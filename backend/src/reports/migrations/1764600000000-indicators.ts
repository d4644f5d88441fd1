import { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1764600000000 implements MigrationInterface {
  name = 'Indicators1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "title" jsonb NOT NULL, "measure" text NOT NULL, "target" numeric NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "indicators_code_unique" ON "indicators" ("code") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."indicators_code_unique"`);
    await queryRunner.query(`DROP TABLE "indicators"`);
  }
}
