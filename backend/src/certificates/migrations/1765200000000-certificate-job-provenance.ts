import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which bulk issue made a certificate, so a resumed job recounts what it issued. */
export class CertificateJobProvenance1765200000000 implements MigrationInterface {
  name = 'CertificateJobProvenance1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" ADD "job_id" uuid`);
    await queryRunner.query(`CREATE INDEX "certificates_job_idx" ON "certificates" ("job_id") `);
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "FK_92765dde1aeb9b1cb8717ca6fa8" FOREIGN KEY ("job_id") REFERENCES "certificate_jobs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_92765dde1aeb9b1cb8717ca6fa8"`);
    await queryRunner.query(`DROP INDEX "certificates_job_idx"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "job_id"`);
  }
}
