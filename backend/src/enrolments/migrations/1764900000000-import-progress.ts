import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportProgress1764900000000 implements MigrationInterface {
  name = 'ImportProgress1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD "progressed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "progressed_at"`);
  }
}
