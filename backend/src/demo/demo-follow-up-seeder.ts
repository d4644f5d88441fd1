import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role, SurveyAnswers } from '@atolye/shared';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { SessionsService } from '../sessions/sessions.service';
import { demoActor } from './demo-actor';
import { DEMO_TRAINING } from './demo-trainings';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** The spring İzmir session, ended six months and ten days ago, found again by its title. */
export const FOLLOW_UP_SESSION_TITLE = 'İzmir — spring course';

/**
 * Who answered which follow-up wave: the 3-month wave has closed, the 6-month one is open. The
 * demo trainee answered at 3 months and still has the 6-month survey on their home page.
 * Wave 3: 4 of 5 answered, 3 used what they learned; wave 6: 3 of 5 answered, 2 used it.
 */
const PARTICIPANTS: { email: string; answers: Partial<Record<3 | 6, SurveyAnswers>> }[] = [
  {
    email: 'trainee@atolye.example',
    answers: {
      3: {
        used: 'yes',
        how: 'Yönlendirme formumuzu kişisel veri ilkelerine göre yeniden yazdık.',
        changes: ['procedures'],
      },
    },
  },
  {
    email: 'ahmet.yilmaz@atolye.example',
    answers: {
      3: {
        used: 'yes',
        how: 'Vaka görüşmelerinde aydınlatılmış onam metnini kullanıyorum.',
        changes: ['services'],
      },
      6: {
        used: 'yes',
        how: 'Ekibe iki oturumluk bir iç eğitim verdim.',
        changes: ['services', 'partnerships'],
        changes_text: 'Konak Belediyesi ile yazılı bir yönlendirme protokolü imzaladık.',
      },
    },
  },
  {
    email: 'layla.haddad@atolye.example',
    answers: { 3: { used: 'partly', how: 'Savunuculuk notumuzun taslağında.', changes: ['nothing_yet'] } },
  },
  {
    email: 'kostas.nikolaidis@atolye.example',
    answers: {
      3: { used: 'no', changes: ['nothing_yet'] },
      6: { used: 'no', changes_text: 'Projemiz Mart ayında sona erdi; ekip dağıldı.' },
    },
  },
  {
    email: 'yasemin.koc@atolye.example',
    answers: {
      6: { used: 'partly', how: 'Bağış başvurumuzun mantıksal çerçevesinde.', changes: ['funding'] },
    },
  },
];

/**
 * A session of the demo training that ended six months ago, so its follow-up survey has a closed
 * 3-month wave and an open 6-month wave with answers, and the outcome figures are not empty.
 * Created once, by the session's title; skipped while the survey is not published.
 */
@Injectable()
export class DemoFollowUpSeeder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async seed(now = new Date()): Promise<void> {
    const [existing] = await this.db.query('SELECT 1 FROM sessions WHERE title = $1', [
      FOLLOW_UP_SESSION_TITLE,
    ]);
    const [training] = await this.db.query(`SELECT id FROM trainings WHERE title->>'en' = $1`, [
      DEMO_TRAINING.title.en,
    ]);
    const [survey] = await this.db.query(
      `SELECT id FROM surveys WHERE slug = 'follow-up' ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1`,
    );
    if (existing || !training || !survey) return;
    const people: { id: string; email: string; full_name: string; roles: Role[] }[] = await this.db.query(
      'SELECT id, email, full_name, roles FROM people',
    );
    const byEmail = (email: string) => people.find((p) => p.email === email);
    const coordinator = byEmail('coordinator@atolye.example');
    const trainer = byEmail('trainer@atolye.example');
    if (!coordinator || !trainer) return;

    const start = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, now.getUTCDate() - 12, 6, 30),
    );
    const session = await this.sessions.create({
      trainingId: training.id,
      title: FOLLOW_UP_SESSION_TITLE,
      format: 'course',
      mode: 'in_person',
      language: 'tr',
      venue: 'Konak Belediyesi Kültür Merkezi, İzmir',
      meetingLink: null,
      city: 'İzmir',
      country: 'TR',
      capacity: 20,
      enrolmentOpensAt: new Date(start.getTime() - 30 * DAY).toISOString(),
      enrolmentClosesAt: new Date(start.getTime() - DAY).toISOString(),
      enrolmentPolicy: 'automatic',
      trainerIds: [trainer.id],
      meetings: ['Hukuki çerçeve', 'Koruma ve kişisel veriler'].map((topic, i) => ({
        startsAt: new Date(start.getTime() + i * DAY).toISOString(),
        endsAt: new Date(start.getTime() + i * DAY + 3.5 * HOUR).toISOString(),
        topic,
        location: 'Salon B',
      })),
    });
    const actor = demoActor(coordinator);
    const lastEnd = new Date(session.meetings[session.meetings.length - 1].endsAt);
    for (const participant of PARTICIPANTS) {
      const person = byEmail(participant.email);
      if (!person) continue;
      const enrolment = await this.enrolments.enrolByHand(actor, session.id, person.id);
      for (const meeting of session.meetings)
        await this.db.query(
          `INSERT INTO attendance_records (meeting_id, enrolment_id, status, method, marked_by, marked_at) VALUES ($1, $2, 'present', 'trainer', $3, $4)`,
          [meeting.id, enrolment.id, trainer.id, meeting.endsAt],
        );
      for (const [wave, answers] of Object.entries(participant.answers)) {
        // Answered a week after the wave opened.
        const answeredAt = new Date(lastEnd);
        answeredAt.setUTCMonth(answeredAt.getUTCMonth() + Number(wave));
        answeredAt.setUTCDate(answeredAt.getUTCDate() + 7);
        await this.db.query(
          `INSERT INTO follow_up_answers (enrolment_id, wave, survey_id, answers, used, answered_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [enrolment.id, Number(wave), survey.id, JSON.stringify(answers), answers['used'], answeredAt],
        );
      }
    }
  }
}
