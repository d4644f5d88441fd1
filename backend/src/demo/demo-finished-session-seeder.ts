import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@atolye/shared';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { SessionsService } from '../sessions/sessions.service';
import { demoActor } from './demo-actor';
import { DEMO_TRAINING } from './demo-trainings';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** The finished demo session, found again by its title. */
export const FINISHED_SESSION_TITLE = 'İzmir — autumn course';
const TITLE = FINISHED_SESSION_TITLE;

/**
 * Who did what in the finished session: meetings attended (of 3), lessons read, evaluated, and
 * pre- and post-test % in each of the training's three modules (pass mark 70 %). Samira passes
 * everything but the legal framework post-test (69 %), with one attempt left.
 */
const PARTICIPANTS = [
  {
    email: 'hasan.celik@atolye.example',
    attendance: ['present', 'present', 'present'],
    allLessons: true,
    evaluation: [5, 5, 4, 4],
    pre: [33, 40, 30],
    post: [85, 80, 78],
  },
  {
    email: 'meryem.aydogan@atolye.example',
    attendance: ['present', 'present', 'late'],
    allLessons: true,
    evaluation: [5, 4, 5, 5],
    pre: [44, 50, 38],
    post: [92, 88, 84],
  },
  {
    email: 'omar.farouk@atolye.example',
    attendance: ['late', 'present', 'present'],
    allLessons: true,
    evaluation: [4, 4, 4, 3],
    pre: [22, 30, 28],
    post: [77, 74, 80],
  },
  {
    email: 'samira.haddad@atolye.example',
    attendance: ['present', 'late', 'present'],
    allLessons: true,
    evaluation: [4, 5, 3, 4],
    pre: [56, 50, 48],
    post: [69, 82, 76],
  },
  {
    email: 'yasemin.koc@atolye.example',
    attendance: ['present', 'present', 'present'],
    allLessons: false,
    evaluation: null,
    pre: [44, 36, 40],
    post: null,
  },
  {
    email: 'elena.papadopoulou@atolye.example',
    attendance: ['present', 'excused', 'present'],
    allLessons: true,
    evaluation: [3, 4, 4, 4],
    pre: [33, 38, 30],
    post: [62, 71, 66],
  },
] as const;

/**
 * A session that ended a month ago, ready for certificates: three of six participants meet the
 * completion rule, three do not (a post-test, attendance, lessons), with quiz scores and
 * evaluations; and three programme indicators for the reports. Created once, by the session's title.
 */
@Injectable()
export class DemoFinishedSessionSeeder {
  private readonly logger = new Logger(DemoFinishedSessionSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async seed(now = new Date()): Promise<void> {
    const [existing] = await this.db.query('SELECT 1 FROM sessions WHERE title = $1', [TITLE]);
    const [training] = await this.db.query(`SELECT id FROM trainings WHERE title->>'en' = $1`, [
      DEMO_TRAINING.title.en,
    ]);
    if (existing || !training) return;
    const people: { id: string; email: string; full_name: string; roles: Role[] }[] = await this.db.query(
      'SELECT id, email, full_name, roles FROM people',
    );
    const byEmail = (email: string) => people.find((p) => p.email === email);
    const coordinator = byEmail('coordinator@atolye.example');
    const trainer = byEmail('trainer@atolye.example');
    if (!coordinator || !trainer) return;

    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 35, 6, 30));
    const session = await this.sessions.create({
      trainingId: training.id,
      title: TITLE,
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
      meetings: ['Hukuki çerçeve', 'Koruma ve kişisel veriler', 'Savunuculuk ve diyalog'].map((topic, i) => ({
        startsAt: new Date(start.getTime() + i * DAY).toISOString(),
        endsAt: new Date(start.getTime() + i * DAY + 3.5 * HOUR).toISOString(),
        topic,
        location: 'Salon A',
      })),
    });
    const actor = demoActor(coordinator);
    for (const participant of PARTICIPANTS) {
      const person = byEmail(participant.email);
      if (!person) continue;
      const enrolment = await this.enrolments.enrolByHand(actor, session.id, person.id);
      for (const [i, status] of participant.attendance.entries()) {
        await this.db.query(
          `INSERT INTO attendance_records (meeting_id, enrolment_id, status, method, marked_by, marked_at) VALUES ($1, $2, $3, 'trainer', $4, $5)`,
          [session.meetings[i].id, enrolment.id, status, trainer.id, session.meetings[i].endsAt],
        );
      }
      await this.db.query(
        `INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at)
         SELECT $1, l.id, $3 FROM enrolments e JOIN training_revisions r ON r.id = e.training_revision_id
           JOIN lessons l ON l.module_version_id = ANY(r.module_version_ids)
          WHERE e.id = $1 AND ($2 OR l.position = 1)`,
        [enrolment.id, participant.allLessons, new Date(start.getTime() + 3 * DAY)],
      );
      if (participant.evaluation) {
        const [relevance, trainerRating, materials, organisation] = participant.evaluation;
        await this.db.query(
          `INSERT INTO evaluations (session_id, enrolment_id, relevance, trainer, materials, organisation, comments, anonymous, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            session.id,
            enrolment.id,
            relevance,
            trainerRating,
            materials,
            organisation,
            relevance >= 5 ? 'Vaka çalışmaları çok faydalıydı; kurumumuzda hemen uygulayacağız.' : null,
            relevance < 5,
            new Date(start.getTime() + 3 * DAY),
          ],
        );
      }
      for (const [i, module] of DEMO_TRAINING.modules.entries()) {
        await this.quizAttempt(enrolment.id, module, 'pre_test', participant.pre[i], start);
        if (participant.post !== null)
          await this.quizAttempt(
            enrolment.id,
            module,
            'post_test',
            participant.post[i],
            new Date(start.getTime() + 2 * DAY),
          );
      }
    }
    await this.indicators(now);
    this.logger.log(`Demo session "${TITLE}" finished and ready for certificates`);
  }

  /** A graded attempt of the module's quiz of this kind, judged at that quiz's own pass mark. */
  private async quizAttempt(
    enrolmentId: string,
    module: string,
    kind: 'pre_test' | 'post_test',
    percent: number,
    at: Date,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, started_at, submitted_at, max_score, score, percent, passed, graded)
       SELECT q.id, $1, 1, '{"questionIds":[],"order":{}}', '{}', $3, $3, 10, $2 / 10.0, $2, $2 >= q.pass_mark_percent, '{}'
         FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
        WHERE m.slug = $5 AND q.kind = $4
        ORDER BY m.published_at DESC LIMIT 1`,
      [enrolmentId, percent, at, kind, module],
    );
  }

  private async indicators(now: Date): Promise<void> {
    const year = now.getUTCFullYear();
    const rows = [
      {
        code: 'R1.1',
        en: 'CSO staff and volunteers completing a training',
        tr: 'Eğitimi tamamlayan STK çalışanı ve gönüllüsü',
        measure: 'people_completed',
        target: 120,
      },
      {
        code: 'R1.2',
        en: 'Share of women among participants (%)',
        tr: 'Katılımcılar arasında kadın oranı (%)',
        measure: 'share_women',
        target: 50,
      },
      {
        code: 'R1.3',
        en: 'Average knowledge gain, pre- to post-test (points)',
        tr: 'Ön testten son teste ortalama bilgi artışı (puan)',
        measure: 'average_knowledge_gain',
        target: 20,
      },
    ];
    for (const row of rows) {
      await this.db.query(
        `INSERT INTO indicators (code, title, measure, target, period_start, period_end) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
        [row.code, { en: row.en, tr: row.tr }, row.measure, row.target, `${year}-01-01`, `${year + 1}-12-31`],
      );
    }
  }
}
