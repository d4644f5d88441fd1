import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@atolye/shared';
import { AttendanceService } from '../attendance/attendance.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { addLocalDays, atLocalTime, localDate } from '../common/zoned-time';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { PersonEntity } from '../people/person.entity';
import { SessionsService } from '../sessions/sessions.service';
import { TrainingEntity } from '../trainings/training.entity';
import { TrainingsService } from '../trainings/trainings.service';
import { DEMO_TRAINING, DEMO_SESSIONS, type DemoSession } from './demo-trainings';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * A published training with an open in-person session (trainees enrolled, one part-way through
 * the lessons and excused in advance from the second meeting, one on the waiting list) and an
 * online session that needs approval (one approved and later withdrawn by the coordinator). Created once:
 * if the demo training exists, nothing is touched.
 */
@Injectable()
export class DemoTrainingSeeder {
  private readonly logger = new Logger(DemoTrainingSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trainings: TrainingsService,
    private readonly sessions: SessionsService,
    private readonly enrolments: EnrolmentsService,
    private readonly attendance: AttendanceService,
  ) {}

  async seed(now = new Date()): Promise<void> {
    const exists = await this.db
      .getRepository(TrainingEntity)
      .createQueryBuilder('t')
      .where(`t.title->>'en' = :title`, { title: DEMO_TRAINING.title.en })
      .getExists();
    if (exists) return;
    const modules: { id: string; slug: string }[] = await this.db.query(
      `SELECT DISTINCT ON (slug) id, slug FROM module_versions WHERE slug = ANY($1) ORDER BY slug, published_at DESC`,
      [DEMO_TRAINING.modules],
    );
    if (modules.length !== DEMO_TRAINING.modules.length) {
      this.logger.warn('The demo training needs the repository content published first; skipped');
      return;
    }
    const training = await this.trainings.create({
      title: DEMO_TRAINING.title,
      description: DEMO_TRAINING.description,
      languages: ['en', 'tr'],
      moduleVersionIds: DEMO_TRAINING.modules.map(
        (slug) => modules.find((m) => m.slug === slug)?.id as string,
      ),
      completionRule: {
        minAttendancePercent: 80,
        requireAllLessons: true,
        requiredQuizzes: [],
        requireEvaluation: true,
        passPostTests: true,
      },
    });
    await this.trainings.setStatus(training.id, 'published');
    const people = await this.db.getRepository(PersonEntity).find();
    const byEmail = (email: string) => people.find((p) => p.email === email) as PersonEntity;
    for (const demo of DEMO_SESSIONS) await this.seedSession(demo, training.id, byEmail, now);
    this.logger.log(`Demo training "${DEMO_TRAINING.title.en}" with ${DEMO_SESSIONS.length} sessions ready`);
  }

  private async seedSession(
    demo: DemoSession,
    trainingId: string,
    byEmail: (email: string) => PersonEntity,
    now: Date,
  ): Promise<void> {
    const firstDay = localDate(addLocalDays(now, demo.startsInDays, demo.timeZone), demo.timeZone);
    const start = atLocalTime(firstDay, demo.startsAt, demo.timeZone);
    const session = await this.sessions.create({
      trainingId,
      title: demo.title,
      format: demo.format,
      mode: demo.mode,
      language: demo.language,
      venue: demo.venue,
      meetingLink: demo.meetingLink,
      city: demo.city,
      country: 'TR',
      timeZone: demo.timeZone,
      capacity: demo.capacity,
      enrolmentOpensAt: new Date(now.getTime() - 7 * DAY).toISOString(),
      enrolmentClosesAt: new Date(start.getTime() - DAY).toISOString(),
      enrolmentPolicy: demo.enrolmentPolicy,
      trainerIds: [byEmail('trainer@atolye.example').id],
      meetings: demo.meetings.map((topic, i) => ({
        startsAt: addLocalDays(start, i, demo.timeZone).toISOString(),
        endsAt: new Date(addLocalDays(start, i, demo.timeZone).getTime() + 3.5 * HOUR).toISOString(),
        topic,
        location: demo.venue,
      })),
    });
    if (demo.postTestsCloseInDays !== undefined) {
      const day = localDate(addLocalDays(now, demo.postTestsCloseInDays, demo.timeZone), demo.timeZone);
      await this.db.query(
        `INSERT INTO session_quiz_deadlines (session_id, module_slug, quiz_slug, closes_at)
         SELECT s.id, m.slug, q.slug, $2 FROM sessions s JOIN training_revisions r ON r.id = s.training_revision_id
           JOIN module_versions m ON m.id = ANY(r.module_version_ids)
           JOIN quizzes q ON q.module_version_id = m.id AND q.kind = 'post_test'
          WHERE s.id = $1`,
        [session.id, atLocalTime(day, '17:00', demo.timeZone)],
      );
    }
    for (const enrolee of demo.enrolees) {
      const enrolment = await this.enrolments.enrolSelf(asCaller(byEmail(enrolee.email)), session.id);
      if (enrolee.decision) {
        const coordinator = asCaller(byEmail('coordinator@atolye.example'));
        await this.enrolments.decide(coordinator, enrolment.id, enrolee.decision === 'approve');
      }
      if (enrolee.withdrawnBecause) {
        const coordinator = asCaller(byEmail('coordinator@atolye.example'));
        await this.enrolments.withdrawByCoordinator(coordinator, enrolment.id, enrolee.withdrawnBecause);
      }
      if (enrolee.excusedAtMeeting) {
        const trainer = asCaller(byEmail('trainer@atolye.example'));
        const { index, note } = enrolee.excusedAtMeeting;
        await this.attendance.markMeeting(trainer, session.meetings[index].id, {
          marks: [{ enrolmentId: enrolment.id, status: 'excused', note }],
        });
      }
      if (enrolee.lessonsRead > 0) {
        await this.db.query(
          `INSERT INTO lesson_progress (enrolment_id, lesson_id)
           SELECT $1, l.id FROM enrolments e
             JOIN training_revisions r ON r.id = e.training_revision_id
             JOIN LATERAL unnest(r.module_version_ids) WITH ORDINALITY AS m(id, ord) ON true
             JOIN lessons l ON l.module_version_id = m.id
            WHERE e.id = $1
            ORDER BY m.ord, l.position
            LIMIT $2`,
          [enrolment.id, enrolee.lessonsRead],
        );
      }
    }
  }
}

function asCaller(person: PersonEntity): SignedInPerson {
  return {
    id: person.id,
    signInId: 'demo-seed',
    email: person.email,
    fullName: person.fullName,
    roles: person.roles as Role[],
    language: person.language,
    gender: person.gender,
    organisationId: person.organisationId,
    organisationName: null,
  };
}
