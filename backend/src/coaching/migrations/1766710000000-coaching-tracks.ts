import { MigrationInterface, QueryRunner } from 'typeorm';

/** Coaching tracks: mentor and team, meetings with action items, and the team's draft logframe with comments. */
export class CoachingTracks1766710000000 implements MigrationInterface {
  name = 'CoachingTracks1766710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "coaching_tracks" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "title" text NOT NULL,
         "project_title" text NOT NULL,
         "mentor_id" uuid NOT NULL,
         "mentor_kind" text NOT NULL,
         "organisation_id" uuid,
         "starts_on" date NOT NULL,
         "ends_on" date NOT NULL,
         "status" text NOT NULL,
         "draft_status" text NOT NULL DEFAULT 'editing',
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_coaching_tracks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "coaching_tracks_mentor_idx" ON "coaching_tracks" ("mentor_id") `);
    await queryRunner.query(`CREATE INDEX "coaching_tracks_ends_on_idx" ON "coaching_tracks" ("ends_on") `);
    await queryRunner.query(
      `CREATE TABLE "coaching_track_members" (
         "track_id" uuid NOT NULL,
         "person_id" uuid NOT NULL,
         CONSTRAINT "PK_coaching_track_members" PRIMARY KEY ("track_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "coaching_track_members_person_idx" ON "coaching_track_members" ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "coaching_meetings" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "track_id" uuid NOT NULL,
         "held_on" date NOT NULL,
         "duration_minutes" integer NOT NULL,
         "mode" text NOT NULL,
         "notes" text NOT NULL,
         CONSTRAINT "PK_coaching_meetings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "coaching_meetings_track_idx" ON "coaching_meetings" ("track_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "coaching_action_items" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "meeting_id" uuid NOT NULL,
         "text" text NOT NULL,
         "owner_id" uuid NOT NULL,
         "due_on" date NOT NULL,
         "done" boolean NOT NULL DEFAULT false,
         CONSTRAINT "PK_coaching_action_items" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "coaching_action_items_meeting_idx" ON "coaching_action_items" ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "coaching_draft_items" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "track_id" uuid NOT NULL,
         "parent_id" uuid,
         "level" text NOT NULL,
         "text" text NOT NULL,
         "indicators" jsonb NOT NULL DEFAULT '[]',
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_coaching_draft_items" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "coaching_draft_items_track_idx" ON "coaching_draft_items" ("track_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "coaching_draft_comments" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "item_id" uuid NOT NULL,
         "author_id" uuid NOT NULL,
         "body" text NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "resolved_at" TIMESTAMP WITH TIME ZONE,
         CONSTRAINT "PK_coaching_draft_comments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "coaching_draft_comments_item_idx" ON "coaching_draft_comments" ("item_id") `,
    );
    const foreignKeys: [string, string, string, string, string][] = [
      ['coaching_tracks', 'FK_coaching_tracks_mentor', 'mentor_id', 'people', 'RESTRICT'],
      ['coaching_tracks', 'FK_coaching_tracks_organisation', 'organisation_id', 'organisations', 'SET NULL'],
      ['coaching_track_members', 'FK_coaching_track_members_track', 'track_id', 'coaching_tracks', 'CASCADE'],
      ['coaching_track_members', 'FK_coaching_track_members_person', 'person_id', 'people', 'CASCADE'],
      ['coaching_meetings', 'FK_coaching_meetings_track', 'track_id', 'coaching_tracks', 'CASCADE'],
      [
        'coaching_action_items',
        'FK_coaching_action_items_meeting',
        'meeting_id',
        'coaching_meetings',
        'CASCADE',
      ],
      ['coaching_action_items', 'FK_coaching_action_items_owner', 'owner_id', 'people', 'CASCADE'],
      ['coaching_draft_items', 'FK_coaching_draft_items_track', 'track_id', 'coaching_tracks', 'CASCADE'],
      [
        'coaching_draft_items',
        'FK_coaching_draft_items_parent',
        'parent_id',
        'coaching_draft_items',
        'CASCADE',
      ],
      [
        'coaching_draft_comments',
        'FK_coaching_draft_comments_item',
        'item_id',
        'coaching_draft_items',
        'CASCADE',
      ],
      ['coaching_draft_comments', 'FK_coaching_draft_comments_author', 'author_id', 'people', 'CASCADE'],
    ];
    for (const [table, name, column, target, onDelete] of foreignKeys) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "coaching_draft_comments"`);
    await queryRunner.query(`DROP TABLE "coaching_draft_items"`);
    await queryRunner.query(`DROP TABLE "coaching_action_items"`);
    await queryRunner.query(`DROP TABLE "coaching_meetings"`);
    await queryRunner.query(`DROP TABLE "coaching_track_members"`);
    await queryRunner.query(`DROP TABLE "coaching_tracks"`);
  }
}
