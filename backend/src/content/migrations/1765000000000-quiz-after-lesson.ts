import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuizAfterLesson1765000000000 implements MigrationInterface {
  name = 'QuizAfterLesson1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quizzes" ADD "after_lesson" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quizzes" DROP COLUMN "after_lesson"`);
  }
}
