import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session's closing date and time for each of its quizzes, keyed by module and quiz slug
 * rather than quiz id, so a session moved to a newer version of its training keeps them.
 */
export class SessionQuizDeadlines1766500000000 implements MigrationInterface {
  name = 'SessionQuizDeadlines1766500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session_quiz_deadlines" (
         "session_id" uuid NOT NULL,
         "module_slug" text NOT NULL,
         "quiz_slug" text NOT NULL,
         "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_session_quiz_deadlines" PRIMARY KEY ("session_id", "module_slug", "quiz_slug"),
         CONSTRAINT "FK_session_quiz_deadlines_session" FOREIGN KEY ("session_id")
           REFERENCES "sessions"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "session_quiz_deadlines_closes_at_idx" ON "session_quiz_deadlines" ("closes_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session_quiz_deadlines"`);
  }
}
