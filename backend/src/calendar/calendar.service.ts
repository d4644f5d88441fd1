import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { can, type CalendarFeed } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { problem } from '../common/api-problem';
import { MEETING_COLUMNS, renderIcs, type MeetingRow, type ProgrammeEventRow } from './ics';

/** iCalendar files: a person's private feed of all their meetings, and one file per session. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async feed(caller: SignedInPerson): Promise<CalendarFeed> {
    const [row] = await this.db.query('SELECT calendar_token FROM people WHERE id = $1', [caller.id]);
    return { url: this.feedUrl(row?.calendar_token ?? (await this.newToken(caller.id))) };
  }

  /** A new secret address; the old one stops working at once. */
  async resetFeed(caller: SignedInPerson): Promise<CalendarFeed> {
    return { url: this.feedUrl(await this.newToken(caller.id)) };
  }

  async personFeed(token: string): Promise<string> {
    const [person] =
      token.length >= 20
        ? await this.db.query('SELECT id, full_name FROM people WHERE calendar_token = $1 AND NOT disabled', [
            token,
          ])
        : [];
    if (!person) throw new NotFoundException('This calendar address is not valid (it may have been reset)');
    const meetings: MeetingRow[] = await this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM meetings m JOIN sessions s ON s.id = m.session_id
        WHERE EXISTS (SELECT 1 FROM enrolments e WHERE e.session_id = s.id AND e.person_id = $1 AND e.status IN ('enrolled', 'completed'))
           OR $1 = ANY(s.trainer_ids)
        ORDER BY m.starts_at`,
      [person.id],
    );
    // Study visits, workshops and conferences the person takes part in, as whole days.
    const events: ProgrammeEventRow[] = await this.db.query(
      `SELECT e.id, e.title, e.starts_on::text AS starts_on, (e.ends_on + 1)::text AS ends_after, e.city, e.country,
              e.host_organisations
         FROM programme_events e JOIN programme_event_participants p ON p.event_id = e.id
        WHERE p.person_id = $1 ORDER BY e.starts_on`,
      [person.id],
    );
    return renderIcs(this.config.publicUrl, `Atölye — ${person.full_name}`, meetings, null, events);
  }

  /** A session's meetings, for its trainees, its trainers and coordinators. */
  async sessionFile(caller: SignedInPerson, sessionId: string): Promise<{ title: string; ics: string }> {
    const [session] = await this.db.query(
      'SELECT id, title, trainer_ids, time_zone FROM sessions WHERE id = $1',
      [sessionId],
    );
    if (!session) throw new NotFoundException('No session with this id');
    const [enrolment] = await this.db.query(
      `SELECT status FROM enrolments WHERE session_id = $1 AND person_id = $2 AND status IN ('enrolled', 'completed', 'waitlisted', 'pending')`,
      [sessionId, caller.id],
    );
    const organiser = session.trainer_ids.includes(caller.id) || can(caller.roles, 'sessions.manage');
    if (!enrolment && !organiser) {
      throw new ForbiddenException(problem('session.notYourSession', 'You are not in this session'));
    }
    const meetings: MeetingRow[] = await this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM meetings m JOIN sessions s ON s.id = m.session_id WHERE s.id = $1 ORDER BY m.starts_at`,
      [sessionId],
    );
    // Someone waiting for approval or for a seat gets the dates, not the online meeting's address.
    const holdsSeat = organiser || ['enrolled', 'completed'].includes(enrolment.status);
    const shown = holdsSeat ? meetings : meetings.map((m) => ({ ...m, meeting_link: null }));
    return {
      title: session.title,
      ics: renderIcs(this.config.publicUrl, session.title, shown, session.time_zone),
    };
  }

  private feedUrl(token: string): string {
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }

  private async newToken(personId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.db.query('UPDATE people SET calendar_token = $2 WHERE id = $1', [personId, token]);
    return token;
  }
}
