import { MigrationInterface, QueryRunner } from 'typeorm';

/** Study visits, workshops and conferences: their participants and the participants' reports. */
export class ProgrammeEvents1766210000000 implements MigrationInterface {
  name = 'ProgrammeEvents1766210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "programme_events" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "kind" text NOT NULL,
         "title" text NOT NULL,
         "description" text,
         "starts_on" date NOT NULL,
         "ends_on" date NOT NULL,
         "city" text NOT NULL,
         "country" character(2) NOT NULL,
         "host_organisations" text array NOT NULL DEFAULT '{}',
         "agenda" jsonb NOT NULL DEFAULT '[]',
         "costs" jsonb NOT NULL DEFAULT '[]',
         "speakers" jsonb NOT NULL DEFAULT '[]',
         "follow_up_actions" jsonb NOT NULL DEFAULT '[]',
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_programme_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "programme_events_starts_on_idx" ON "programme_events" ("starts_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_event_participants" (
         "event_id" uuid NOT NULL,
         "person_id" uuid NOT NULL,
         CONSTRAINT "PK_programme_event_participants" PRIMARY KEY ("event_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "programme_event_participants_person_idx" ON "programme_event_participants" ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_event_reports" (
         "event_id" uuid NOT NULL,
         "person_id" uuid NOT NULL,
         "learned" text NOT NULL,
         "will_apply" text NOT NULL,
         "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_programme_event_reports" PRIMARY KEY ("event_id", "person_id"))`,
    );
    for (const table of ['programme_event_participants', 'programme_event_reports']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_event" FOREIGN KEY ("event_id") REFERENCES "programme_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "programme_event_reports"`);
    await queryRunner.query(`DROP TABLE "programme_event_participants"`);
    await queryRunner.query(`DROP TABLE "programme_events"`);
  }
}
