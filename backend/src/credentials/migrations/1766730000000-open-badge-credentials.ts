import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open Badges 3.0 credentials: the issuer's Ed25519 keys, and one signed credential per
 * certificate with its place in the revocation status list.
 */
export class OpenBadgeCredentials1766730000000 implements MigrationInterface {
  name = 'OpenBadgeCredentials1766730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "credential_signing_keys" (
         "kid" text NOT NULL,
         "public_jwk" jsonb NOT NULL,
         "private_pem" text,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_credential_signing_keys" PRIMARY KEY ("kid"))`,
    );
    await queryRunner.query(`CREATE SEQUENCE "credential_status_index_seq" MINVALUE 0 START 0`);
    await queryRunner.query(
      `CREATE TABLE "certificate_credentials" (
         "certificate_id" uuid NOT NULL,
         "status_index" integer NOT NULL,
         "kid" text NOT NULL,
         "jwt" text NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_certificate_credentials" PRIMARY KEY ("certificate_id"),
         CONSTRAINT "UQ_certificate_credentials_status_index" UNIQUE ("status_index"),
         CONSTRAINT "FK_certificate_credentials_certificate" FOREIGN KEY ("certificate_id") REFERENCES "certificates"("id") ON DELETE CASCADE,
         CONSTRAINT "FK_certificate_credentials_key" FOREIGN KEY ("kid") REFERENCES "credential_signing_keys"("kid"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certificate_credentials"`);
    await queryRunner.query(`DROP SEQUENCE "credential_status_index_seq"`);
    await queryRunner.query(`DROP TABLE "credential_signing_keys"`);
  }
}
