import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PORTAL_PATHS, type Language, type LocalisedText, type OptionalMailKind } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { formatDateTime, formatMeeting } from '../../common/zoned-time';
import { coordinatorQueues } from '../../home/coordinator-home.query';
import { trainerHome } from '../../home/trainer-home.query';
import { MailOutbox } from '../../mail/mail-outbox.service';
import type { NewMail } from '../../mail/mail.repository';
import { coordinatorDigestMail } from '../../mail/templates/coordinator-digest.mail';
import { evaluationOpenMail } from '../../mail/templates/evaluation-open.mail';
import { followUpDueMail } from '../../mail/templates/follow-up-due.mail';
import { FOLLOW_UP_WAVES_SQL } from '../../follow-up/follow-up-waves';
import type { RenderedMail } from '../../mail/templates/mail-layout';
import { meetingReminderMail } from '../../mail/templates/meeting-reminder.mail';
import { quizClosingMail } from '../../mail/templates/quiz-closing.mail';
import { trainerRosterMail } from '../../mail/templates/trainer-roster.mail';
import { Inbox, type NewNotification } from '../inbox.service';
import { claimNotices, unsubscribeTokens } from './notice-claims';

/** Rows handled per transaction: claims, notifications and mails of a batch commit together. */
const BATCH = 1000;
/** Batches written at the same time, each on its own connection of the pool. */
const PARALLEL_BATCHES = 3;
/** Local hour from which a trainer's roster for tomorrow and a coordinator's digest go out. */
const ROSTER_FROM_HOUR = 15;
const DIGEST_FROM_HOUR = 8;
const DIGEST_ZONE = 'Europe/Istanbul';
/** How long before a session closes a quiz its trainees are told. */
const QUIZ_CLOSING_NOTICE = '48 hours';

/** A person a notice goes to. */
interface Addressee {
  person_id: string;
  email: string;
  full_name: string;
  language: Language;
  mail_opt_outs: OptionalMailKind[];
}

/** One notice to one person: its claim key, its notification, and its mail unless switched off. */
interface Notice {
  key: string;
  to: Addressee;
  kind: OptionalMailKind;
  notification: Omit<NewNotification, 'personId' | 'kind'>;
  mail: (unsubscribe: string) => RenderedMail;
}

export interface NoticeRunResult {
  meetingReminders: number;
  evaluationsOpen: number;
  trainerRosters: number;
  coordinatorDigests: number;
  quizzesClosing: number;
  followUpsDue: number;
}

function titleIn(title: LocalisedText, language: Language): string {
  return title[language] ?? title.en ?? title.tr ?? '';
}

/**
 * Sends the scheduled notices due at `now`, each exactly once whoever runs it and however often:
 * a notice's key is claimed in PostgreSQL in the same transaction that stores its notification
 * and its mail. Due: a meeting's reminder within the 24 hours before it; a session's evaluation
 * in the 7 days after its last meeting; a trainer's roster of tomorrow's meetings from 15:00 the
 * day before (the session's zone); a coordinator's digest once a day from 08:00 Istanbul time
 * when something waits; a quiz's closing in the 48 hours before the session's deadline for it, to
 * the enrolled trainees who have not passed it and still have an attempt (a pre-test: not taken).
 * when something waits; a follow-up survey 3 and 6 months after a session's last meeting, while
 * its wave is open and unanswered (once per enrolment and wave).
 */
@Injectable()
export class NoticeRun {
  private readonly logger = new Logger(NoticeRun.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: MailOutbox,
    private readonly inbox: Inbox,
  ) {}

  async run(now = new Date()): Promise<NoticeRunResult> {
    const result = {
      meetingReminders: await this.send(await this.meetingReminders(now)),
      evaluationsOpen: await this.send(await this.evaluationsOpen(now)),
      trainerRosters: await this.send(await this.trainerRosters(now)),
      coordinatorDigests: await this.send(await this.coordinatorDigests(now)),
      quizzesClosing: await this.send(await this.quizzesClosing(now)),
      followUpsDue: await this.send(await this.followUpsDue(now)),
    };
    const sent = Object.values(result).reduce((a, b) => a + b, 0);
    if (sent) this.logger.log(`Notices sent: ${JSON.stringify(result)}`);
    return result;
  }

  /** Claims, then stores the notifications and mails of the notices won, a batch per transaction. */
  private async send(notices: Notice[]): Promise<number> {
    const batches: Notice[][] = [];
    for (let i = 0; i < notices.length; i += BATCH) batches.push(notices.slice(i, i + BATCH));
    // A few batches at once: one renders while another's rows are written.
    let sent = 0;
    const worker = async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        const current = batch;
        const count = await this.db.transaction(async (manager) => {
          const won = await claimNotices(
            manager,
            current.map((n) => n.key),
          );
          const mine = current.filter((n) => won.has(n.key));
          await this.store(manager, mine);
          return mine.length;
        });
        sent += count;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
    return sent;
  }

  private async store(manager: EntityManager, notices: Notice[]): Promise<void> {
    const mailed = notices.filter((n) => !n.to.mail_opt_outs.includes(n.kind));
    const tokens = await unsubscribeTokens(manager, [...new Set(mailed.map((n) => n.to.person_id))], () =>
      randomBytes(24).toString('base64url'),
    );
    await this.inbox.add(
      manager,
      notices.map((n) => ({ personId: n.to.person_id, kind: n.kind, ...n.notification })),
    );
    const mails: NewMail[] = mailed.map((n) => {
      const unsubscribe = `${this.config.publicUrl}/unsubscribe?token=${tokens.get(n.to.person_id)}&kind=${n.kind}`;
      return {
        kind: n.kind,
        recipient: n.to.email,
        language: n.to.language,
        ...n.mail(unsubscribe),
        listUnsubscribe: unsubscribe,
      };
    });
    await this.outbox.queue(manager, mails);
  }

  private link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  private async meetingReminders(now: Date): Promise<Notice[]> {
    const rows: (Addressee & {
      meeting_id: string;
      starts_at: Date;
      ends_at: Date;
      topic: string;
      place: string | null;
      session_title: string;
      time_zone: string;
      training_title: LocalisedText;
    })[] = await this.db.query(
      `SELECT g.id AS meeting_id, g.starts_at, g.ends_at, g.topic, coalesce(g.location, s.venue, s.meeting_link) AS place,
              s.title AS session_title, s.time_zone, t.title AS training_title,
              p.id AS person_id, p.email, p.full_name, p.language, p.mail_opt_outs
         FROM meetings g JOIN sessions s ON s.id = g.session_id JOIN trainings t ON t.id = s.training_id
         JOIN enrolments e ON e.session_id = s.id AND e.status = 'enrolled'
         JOIN people p ON p.id = e.person_id AND NOT p.disabled
        WHERE g.starts_at > $1 AND g.starts_at <= $1::timestamptz + interval '24 hours'
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'meeting_reminder:' || g.id || ':' || p.id)`,
      [now],
    );
    // Written once per meeting and language, not once per participant.
    const whens = new Map<string, string>();
    const when = (row: (typeof rows)[number]) => {
      const key = `${row.meeting_id}:${row.language}`;
      if (!whens.has(key))
        whens.set(key, formatMeeting(row.starts_at, row.ends_at, row.time_zone, row.language));
      return whens.get(key) as string;
    };
    return rows.map((row) => ({
      key: `meeting_reminder:${row.meeting_id}:${row.person_id}`,
      to: row,
      kind: 'meeting_reminder',
      notification: {
        params: {
          trainingTitle: row.training_title,
          sessionTitle: row.session_title,
          topic: row.topic,
          startsAt: row.starts_at.toISOString(),
          endsAt: row.ends_at.toISOString(),
          timeZone: row.time_zone,
        },
        link: PORTAL_PATHS.myLearning,
      },
      mail: (unsubscribe) =>
        meetingReminderMail(row.language, {
          fullName: row.full_name,
          trainingTitle: titleIn(row.training_title, row.language),
          sessionTitle: row.session_title,
          topic: row.topic,
          when: when(row),
          place: row.place,
          link: this.link(PORTAL_PATHS.myLearning),
          unsubscribe,
        }),
    }));
  }

  private async evaluationsOpen(now: Date): Promise<Notice[]> {
    const rows: (Addressee & {
      enrolment_id: string;
      session_id: string;
      session_title: string;
      training_title: LocalisedText;
    })[] = await this.db.query(
      `SELECT e.id AS enrolment_id, s.id AS session_id, s.title AS session_title, t.title AS training_title,
              p.id AS person_id, p.email, p.full_name, p.language, p.mail_opt_outs
         FROM sessions s JOIN trainings t ON t.id = s.training_id
         JOIN LATERAL (SELECT max(ends_at) AS last_end FROM meetings WHERE session_id = s.id) g ON true
         JOIN enrolments e ON e.session_id = s.id AND e.status IN ('enrolled', 'completed')
         JOIN people p ON p.id = e.person_id AND NOT p.disabled
        WHERE g.last_end <= $1 AND g.last_end > $1::timestamptz - interval '7 days'
          AND NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.enrolment_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'evaluation_open:' || s.id || ':' || p.id)`,
      [now],
    );
    return rows.map((row) => {
      const path = `/learn/enrolments/${row.enrolment_id}/evaluation`;
      return {
        key: `evaluation_open:${row.session_id}:${row.person_id}`,
        to: row,
        kind: 'evaluation_open',
        notification: {
          params: { trainingTitle: row.training_title, sessionTitle: row.session_title },
          link: path,
        },
        mail: (unsubscribe) =>
          evaluationOpenMail(row.language, {
            fullName: row.full_name,
            trainingTitle: titleIn(row.training_title, row.language),
            sessionTitle: row.session_title,
            link: this.link(path),
            unsubscribe,
          }),
      };
    });
  }

  private async quizzesClosing(now: Date): Promise<Notice[]> {
    const rows: (Addressee & {
      session_id: string;
      enrolment_id: string;
      quiz_key: string;
      closes_at: Date;
      time_zone: string;
      session_title: string;
      training_title: LocalisedText;
      quiz_title: LocalisedText;
    })[] = await this.db.query(
      `SELECT s.id AS session_id, e.id AS enrolment_id, d.module_slug || '/' || d.quiz_slug AS quiz_key, d.closes_at,
              s.time_zone, s.title AS session_title, t.title AS training_title, q.title AS quiz_title,
              p.id AS person_id, p.email, p.full_name, p.language, p.mail_opt_outs
         FROM session_quiz_deadlines d JOIN sessions s ON s.id = d.session_id JOIN trainings t ON t.id = s.training_id
         JOIN enrolments e ON e.session_id = s.id AND e.status = 'enrolled'
         JOIN training_revisions r ON r.id = e.training_revision_id
         JOIN module_versions m ON m.id = ANY(r.module_version_ids) AND m.slug = d.module_slug
         JOIN quizzes q ON q.module_version_id = m.id AND q.slug = d.quiz_slug
         JOIN people p ON p.id = e.person_id AND NOT p.disabled
         CROSS JOIN LATERAL (SELECT count(*)::int AS used, bool_or(a.passed) AS passed FROM quiz_attempts a
                              WHERE a.quiz_id = q.id AND a.enrolment_id = e.id) a
        WHERE d.closes_at > $1 AND d.closes_at <= $1::timestamptz + $2::interval
          AND NOT coalesce(a.passed, false) AND a.used < q.max_attempts AND (q.kind <> 'pre_test' OR a.used = 0)
          AND NOT EXISTS (SELECT 1 FROM notice_claims c
                           WHERE c.key = 'quiz_closing:' || s.id || ':' || d.module_slug || '/' || d.quiz_slug || ':' || p.id)`,
      [now, QUIZ_CLOSING_NOTICE],
    );
    return rows.map((row) => {
      const path = `/learn/enrolments/${row.enrolment_id}`;
      return {
        key: `quiz_closing:${row.session_id}:${row.quiz_key}:${row.person_id}`,
        to: row,
        kind: 'quiz_closing',
        notification: {
          params: {
            trainingTitle: row.training_title,
            sessionTitle: row.session_title,
            quizTitle: row.quiz_title,
            closesAt: row.closes_at.toISOString(),
            timeZone: row.time_zone,
          },
          link: path,
        },
        mail: (unsubscribe) =>
          quizClosingMail(row.language, {
            fullName: row.full_name,
            quizTitle: titleIn(row.quiz_title, row.language),
            trainingTitle: titleIn(row.training_title, row.language),
            sessionTitle: row.session_title,
            closes: formatDateTime(row.closes_at, row.time_zone, row.language),
            link: this.link(path),
            unsubscribe,
          }),
      };
    });
  }

  private async trainerRosters(now: Date): Promise<Notice[]> {
    const rows: (Addressee & {
      day: string;
      starts_at: Date;
      ends_at: Date;
      topic: string;
      session_title: string;
      time_zone: string;
      participants: number;
    })[] = await this.db.query(
      `SELECT to_char((g.starts_at AT TIME ZONE s.time_zone)::date, 'YYYY-MM-DD') AS day, g.starts_at, g.ends_at, g.topic,
              s.title AS session_title, s.time_zone,
              (SELECT count(*) FROM enrolments e WHERE e.session_id = s.id AND e.status = 'enrolled')::int AS participants,
              p.id AS person_id, p.email, p.full_name, p.language, p.mail_opt_outs
         FROM sessions s JOIN meetings g ON g.session_id = s.id
         JOIN people p ON p.id = ANY(s.trainer_ids) AND NOT p.disabled
        WHERE (g.starts_at AT TIME ZONE s.time_zone)::date = ($1::timestamptz AT TIME ZONE s.time_zone)::date + 1
          AND extract(hour FROM $1::timestamptz AT TIME ZONE s.time_zone) >= $2
        ORDER BY g.starts_at`,
      [now, ROSTER_FROM_HOUR],
    );
    const byTrainer = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = `trainer_roster:${row.person_id}:${row.day}`;
      byTrainer.set(key, [...(byTrainer.get(key) ?? []), row]);
    }
    const claimed: { key: string }[] = await this.db.query(
      'SELECT key FROM notice_claims WHERE key = ANY($1)',
      [[...byTrainer.keys()]],
    );
    const notices: Notice[] = [];
    for (const [key, meetings] of byTrainer) {
      if (claimed.some((c) => c.key === key)) continue;
      const to = meetings[0];
      const unmarked = (await trainerHome(this.db, to.person_id)).unmarked.length;
      notices.push({
        key,
        to,
        kind: 'trainer_roster',
        notification: { params: { count: meetings.length }, link: PORTAL_PATHS.mySessions },
        mail: (unsubscribe) =>
          trainerRosterMail(to.language, {
            fullName: to.full_name,
            meetings: meetings.map(
              (m) =>
                `${m.session_title} — ${m.topic}, ${formatMeeting(m.starts_at, m.ends_at, m.time_zone, to.language)}: ${m.participants}`,
            ),
            unmarked,
            link: this.link(PORTAL_PATHS.mySessions),
            unsubscribe,
          }),
      });
    }
    return notices;
  }

  private async coordinatorDigests(now: Date): Promise<Notice[]> {
    const [{ day, hour }]: { day: string; hour: number }[] = await this.db.query(
      `SELECT to_char(($1::timestamptz AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS day,
              extract(hour FROM $1::timestamptz AT TIME ZONE $2)::int AS hour`,
      [now, DIGEST_ZONE],
    );
    if (hour < DIGEST_FROM_HOUR) return [];
    const coordinators: Addressee[] = await this.db.query(
      `SELECT p.id AS person_id, p.email, p.full_name, p.language, p.mail_opt_outs FROM people p
        WHERE 'coordinator' = ANY(p.roles) AND NOT p.disabled
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'coordinator_digest:' || p.id || ':' || $1)`,
      [day],
    );
    if (!coordinators.length) return [];
    const queues = await coordinatorQueues(this.db);
    const applications = queues.applicationsWaiting.reduce((n, s) => n + s.count, 0);
    const sessionsReady = queues.readyForCertificates.length;
    if (applications + sessionsReady === 0) return [];
    return coordinators.map((to) => ({
      key: `coordinator_digest:${to.person_id}:${day}`,
      to,
      kind: 'coordinator_digest',
      notification: { params: { count: applications + sessionsReady }, link: PORTAL_PATHS.home },
      mail: (unsubscribe) =>
        coordinatorDigestMail(to.language, {
          fullName: to.full_name,
          applications,
          sessionsReady,
          link: this.link(PORTAL_PATHS.home),
          unsubscribe,
        }),
    }));
  }

  private async followUpsDue(now: Date): Promise<Notice[]> {
    const rows: (Addressee & {
      enrolment_id: string;
      wave: number;
      session_title: string;
      training_title: LocalisedText;
    })[] = await this.db.query(
      `SELECT w.enrolment_id, w.wave, s.title AS session_title, t.title AS training_title,
              p.id AS person_id, p.email, p.full_name, p.language, p.mail_opt_outs
         FROM (${FOLLOW_UP_WAVES_SQL}) w
         JOIN sessions s ON s.id = w.session_id JOIN trainings t ON t.id = s.training_id
         JOIN people p ON p.id = w.person_id AND NOT p.disabled
        WHERE w.opens_at <= $1 AND w.closes_at > $1
          AND NOT EXISTS (SELECT 1 FROM follow_up_answers a WHERE a.enrolment_id = w.enrolment_id AND a.wave = w.wave)
          AND NOT EXISTS (SELECT 1 FROM notice_claims c WHERE c.key = 'follow_up_due:' || w.enrolment_id || ':' || w.wave)`,
      [now],
    );
    return rows.map((row) => {
      const path = `/learn/follow-up/${row.enrolment_id}`;
      return {
        key: `follow_up_due:${row.enrolment_id}:${row.wave}`,
        to: row,
        kind: 'follow_up_due',
        notification: {
          params: { trainingTitle: row.training_title, sessionTitle: row.session_title, wave: row.wave },
          link: path,
        },
        mail: (unsubscribe) =>
          followUpDueMail(row.language, {
            fullName: row.full_name,
            trainingTitle: titleIn(row.training_title, row.language),
            sessionTitle: row.session_title,
            wave: row.wave,
            link: this.link(path),
            unsubscribe,
          }),
      };
    });
  }
}
