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
import type { RenderedMail } from '../../mail/templates/mail-layout';
import { meetingReminderMail } from '../../mail/templates/meeting-reminder.mail';
import { quizClosingMail } from '../../mail/templates/quiz-closing.mail';
import { trainerRosterMail } from '../../mail/templates/trainer-roster.mail';
import { Inbox, type NewNotification } from '../inbox.service';
import { claimNotices, unsubscribeTokens } from './notice-claims.repository';
import { type Addressee, NoticesRepository } from './notices.repository';

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
 * the enrolled trainees who have not passed it and still have an attempt (a pre-test: not taken);
 * a follow-up survey 3 and 6 months after a session's last meeting, while its wave is open and
 * unanswered (once per enrolment and wave). Who is due what is read in NoticesRepository.
 */
@Injectable()
export class NoticeRun {
  private readonly logger = new Logger(NoticeRun.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly notices: NoticesRepository,
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
    const rows = await this.notices.meetingRemindersDue(now);
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
    const rows = await this.notices.evaluationsOpenDue(now);
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
    const rows = await this.notices.quizzesClosingDue(now, QUIZ_CLOSING_NOTICE);
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
    const rows = await this.notices.rosterMeetingsDue(now, ROSTER_FROM_HOUR);
    const byTrainer = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = `trainer_roster:${row.person_id}:${row.day}`;
      byTrainer.set(key, [...(byTrainer.get(key) ?? []), row]);
    }
    const claimed = await this.notices.claimedKeys([...byTrainer.keys()]);
    const notices: Notice[] = [];
    for (const [key, meetings] of byTrainer) {
      if (claimed.has(key)) continue;
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
    const { day, hour } = await this.notices.localDayAndHour(now, DIGEST_ZONE);
    if (hour < DIGEST_FROM_HOUR) return [];
    const coordinators = await this.notices.coordinatorsWithoutDigest(day);
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
    const rows = await this.notices.followUpsDue(now);
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
