import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { can, type CalendarFeed } from '@atolye/shared';
import type { SignedInPerson } from '../auth/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { problem } from '../common/api-problem';

interface MeetingRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  topic: string;
  location: string | null;
  session_id: string;
  title: string;
  venue: string | null;
  meeting_link: string | null;
  city: string;
}

const MEETING_COLUMNS = `m.id, m.starts_at, m.ends_at, m.topic, m.location, s.id AS session_id, s.title, s.venue, s.meeting_link, s.city`;

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
    return this.render(`Atölye — ${person.full_name}`, meetings);
  }

  /** A session's meetings, for its trainees, its trainers and coordinators. */
  async sessionFile(caller: SignedInPerson, sessionId: string): Promise<{ title: string; ics: string }> {
    const [session] = await this.db.query('SELECT id, title, trainer_ids FROM sessions WHERE id = $1', [
      sessionId,
    ]);
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
    return { title: session.title, ics: this.render(session.title, shown) };
  }

  /** Times are written in UTC ("Z"), which every calendar program shows in its own time zone. */
  private render(name: string, meetings: MeetingRow[]): string {
    const calendar = ical({
      name,
      prodId: { company: 'Atölye', product: 'Atölye LMS', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
    });
    for (const meeting of meetings) {
      calendar.createEvent({
        id: `${meeting.id}@atolye`,
        start: meeting.starts_at,
        end: meeting.ends_at,
        summary: `${meeting.title}: ${meeting.topic}`,
        location: meeting.location ?? meeting.venue ?? meeting.meeting_link ?? meeting.city,
        url: meeting.meeting_link ?? `${this.config.publicUrl}/learn`,
        description: meeting.meeting_link ? `Join: ${meeting.meeting_link}` : undefined,
      });
    }
    return calendar.toString();
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
