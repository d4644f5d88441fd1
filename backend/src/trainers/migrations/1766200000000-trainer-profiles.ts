import { MigrationInterface, QueryRunner } from 'typeorm';

/** The trainer roster: what each trainer offers, beside the people table. */
export class TrainerProfiles1766200000000 implements MigrationInterface {
  name = 'TrainerProfiles1766200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "trainer_profiles" (
         "person_id" uuid PRIMARY KEY,
         "expertise_areas" text array NOT NULL DEFAULT '{}',
         "languages" text array NOT NULL DEFAULT '{}',
         "availability_note" text,
         "available_periods" jsonb NOT NULL DEFAULT '[]',
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
       )`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_profiles" ADD CONSTRAINT "FK_91e4d7c5c22abc5d9c34371847a"
         FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "trainer_profiles"`);
  }
}
