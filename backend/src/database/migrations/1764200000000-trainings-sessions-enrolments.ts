import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingsSessionsEnrolments1764200000000 implements MigrationInterface {
  name = 'TrainingsSessionsEnrolments1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "module_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "version" text NOT NULL, "title" jsonb NOT NULL, "summary" jsonb NOT NULL, "objectives" jsonb NOT NULL, "topics" text array NOT NULL, "languages" text array NOT NULL, "estimated_minutes" integer NOT NULL, "authors" jsonb NOT NULL, "licence" text NOT NULL, "changelog" jsonb NOT NULL, "content_hash" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba5a134e701f9eb4dd741290e2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "module_versions_slug_version_unique" ON "module_versions" ("slug", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lessons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_version_id" uuid NOT NULL, "slug" text NOT NULL, "position" integer NOT NULL, "estimated_minutes" integer NOT NULL, "content_hash" text NOT NULL, "translations" jsonb NOT NULL, CONSTRAINT "PK_9b9a8d455cac672d262d7275730" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "lessons_module_version_slug_unique" ON "lessons" ("module_version_id", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "module_media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_version_id" uuid NOT NULL, "name" text NOT NULL, "content_type" text NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_9a2e4012bc15ded2dbd188e0834" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "module_media_version_name_unique" ON "module_media" ("module_version_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "trainings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" jsonb NOT NULL, "description" jsonb NOT NULL, "languages" text array NOT NULL, "status" text NOT NULL DEFAULT 'draft', "completion_rule" jsonb NOT NULL, "current_revision" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b67237502b175163e47dc85018d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "number" integer NOT NULL, "module_version_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2aec5fcc95f7f3ccff95a85779" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "training_revisions_training_number_unique" ON "training_revisions" ("training_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "training_revision_id" uuid NOT NULL, "title" text NOT NULL, "format" text NOT NULL, "mode" text NOT NULL, "language" text NOT NULL, "venue" text, "meeting_link" text, "city" text NOT NULL, "country" character(2) NOT NULL, "capacity" integer NOT NULL, "enrolment_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "enrolment_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "enrolment_policy" text NOT NULL, "trainer_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_training_idx" ON "sessions" ("training_id") `);
    await queryRunner.query(
      `CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "training_revision_id" uuid NOT NULL, "status" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "enrolments_active_unique" ON "enrolments" ("session_id", "person_id") WHERE status IN ('pending', 'enrolled', 'waitlisted', 'completed')`,
    );
    await queryRunner.query(`CREATE INDEX "enrolments_person_idx" ON "enrolments" ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "enrolments_session_status_idx" ON "enrolments" ("session_id", "status", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "started_by" uuid NOT NULL, "file_name" text NOT NULL, "status" text NOT NULL DEFAULT 'running', "total" integer NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "rows" jsonb NOT NULL DEFAULT '[]', "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d206c602f173f98e4bb85819a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson_progress" ("enrolment_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c62491e4194a9dbfec25fd47c24" PRIMARY KEY ("enrolment_id", "lesson_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "topic" text NOT NULL, "location" text, CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "meetings_session_starts_idx" ON "meetings" ("session_id", "starts_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "lessons" ADD CONSTRAINT "FK_95b2cf6a3bd454d7bf82d820617" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_media" ADD CONSTRAINT "FK_8fcf572589fc5c1a63ca8900118" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_revisions" ADD CONSTRAINT "FK_a40b8c992cf137eebe874079eda" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_bb77d6f68a7f37e3665f3e3544e" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_a28301287c5a0144568cb255bdd" FOREIGN KEY ("training_revision_id") REFERENCES "training_revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "FK_47e6f1c9dc1519e4335fad6ba5b" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "FK_a4fc25ab2aa3cbb959aa601a017" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "FK_877bf4aa14569ee7d037fe9267f" FOREIGN KEY ("training_revision_id") REFERENCES "training_revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD CONSTRAINT "FK_675ff7d9cc2c0933970e6b51b3f" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_progress" ADD CONSTRAINT "FK_2653d05975830d55bf026e98f03" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_progress" ADD CONSTRAINT "FK_980e74721039ebe210fee2eeca2" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_980e7a59a936a0d64cbc5f1e1ea" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_980e7a59a936a0d64cbc5f1e1ea"`);
    await queryRunner.query(`ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_980e74721039ebe210fee2eeca2"`);
    await queryRunner.query(`ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_2653d05975830d55bf026e98f03"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP CONSTRAINT "FK_675ff7d9cc2c0933970e6b51b3f"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_877bf4aa14569ee7d037fe9267f"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_a4fc25ab2aa3cbb959aa601a017"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_47e6f1c9dc1519e4335fad6ba5b"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_a28301287c5a0144568cb255bdd"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_bb77d6f68a7f37e3665f3e3544e"`);
    await queryRunner.query(
      `ALTER TABLE "training_revisions" DROP CONSTRAINT "FK_a40b8c992cf137eebe874079eda"`,
    );
    await queryRunner.query(`ALTER TABLE "module_media" DROP CONSTRAINT "FK_8fcf572589fc5c1a63ca8900118"`);
    await queryRunner.query(`ALTER TABLE "lessons" DROP CONSTRAINT "FK_95b2cf6a3bd454d7bf82d820617"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_session_starts_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TABLE "lesson_progress"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
    await queryRunner.query(`DROP INDEX "public"."enrolments_session_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enrolments_person_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enrolments_active_unique"`);
    await queryRunner.query(`DROP TABLE "enrolments"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_training_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."training_revisions_training_number_unique"`);
    await queryRunner.query(`DROP TABLE "training_revisions"`);
    await queryRunner.query(`DROP TABLE "trainings"`);
    await queryRunner.query(`DROP INDEX "public"."module_media_version_name_unique"`);
    await queryRunner.query(`DROP TABLE "module_media"`);
    await queryRunner.query(`DROP INDEX "public"."lessons_module_version_slug_unique"`);
    await queryRunner.query(`DROP TABLE "lessons"`);
    await queryRunner.query(`DROP INDEX "public"."module_versions_slug_version_unique"`);
    await queryRunner.query(`DROP TABLE "module_versions"`);
  }
}
