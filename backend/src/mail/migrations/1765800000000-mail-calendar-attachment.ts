import { MigrationInterface, QueryRunner } from 'typeorm';

/** A mail may carry a session's meetings as an iCalendar attachment (an enrolment confirmation). */
export class MailCalendarAttachment1765800000000 implements MigrationInterface {
  name = 'MailCalendarAttachment1765800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "calendar" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "calendar"`);
  }
}
