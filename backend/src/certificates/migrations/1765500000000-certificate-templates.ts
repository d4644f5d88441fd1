import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A certificate template per training, the images its certificates print (kept by their
 * SHA-256, never changed), and on each certificate the renderer version and the template it
 * was drawn with. Certificates issued before have render version 1 and keep their layout.
 */
export class CertificateTemplates1765500000000 implements MigrationInterface {
  name = 'CertificateTemplates1765500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificate_assets" ("sha256" text NOT NULL, "media_type" text NOT NULL, "bytes" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11beefaf5e86d40f725f05b5559" PRIMARY KEY ("sha256"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate_templates" ("training_id" uuid NOT NULL, "wording" text NOT NULL DEFAULT 'completion', "programme_logo" jsonb, "partner_logos" jsonb NOT NULL DEFAULT '[]', "signatories" jsonb NOT NULL, "eu_funded" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_bce72d1f66319418d3cb142b833" PRIMARY KEY ("training_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "certificates" ADD "render_version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "template" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "certificate_templates" ADD CONSTRAINT "FK_bce72d1f66319418d3cb142b833" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "certificate_templates" DROP CONSTRAINT "FK_bce72d1f66319418d3cb142b833"`,
    );
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "template"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "render_version"`);
    await queryRunner.query(`DROP TABLE "certificate_templates"`);
    await queryRunner.query(`DROP TABLE "certificate_assets"`);
  }
}
