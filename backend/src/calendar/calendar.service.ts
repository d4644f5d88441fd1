import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { randomBytes } from 'node:crypto';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { DataSource } from 'typeorm';
import { can, type CalendarFeed, type Language } from '@atolye/shared';
import type { SignedInPerson } from '../auth/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { problem } from '../common/api-problem';
import { formatMeeting, toZoned } from '../common/zoned-time';

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
  time_zone: string;
  language: Language;
}

/** A study visit, workshop or conference: whole days, `ends_after` the day after its last. */
interface ProgrammeEventRow {
  id: string;
  title: string;
  starts_on: string;
  ends_after: string;
  city: string;
  country: string;
  host_organisations: string[];
}

const MEETING_COLUMNS = `m.id, m.starts_at, m.ends_at, m.topic, m.location, s.id AS session_id, s.title, s.venue, s.meeting_link, s.city, s.time_zone, s.language`;

/**
 * The VTIMEZONE block of a zone (RFC 5545 wants one for every TZID used), or null for UTC and
 * for a zone the library has no rules for: such meetings are written in UTC instead.
 */
function vtimezone(zone: string): string | null {
  if (zone === 'UTC') return null;
  const [block] = tzlib_get_ical_block(zone);
  return typeof block === 'string' && block.startsWith('BEGIN:VTIMEZONE') ? block : null;
}

const JOIN: Record<Language, string> = { en: 'Join', tr: 'Katılım bağlantısı' };

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
    return this.render(`Atölye — ${person.full_name}`, meetings, null, events);
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
    return { title: session.title, ics: this.render(session.title, shown, session.time_zone) };
  }

  /**
   * Each meeting is written at its wall-clock time in its session's zone (TZID, with the zone's
   * VTIMEZONE), so calendar programs show it right in any zone and across daylight-saving
   * changes; the description says it in words. A session file names its zone as the calendar's.
   */
  private render(
    name: string,
    meetings: MeetingRow[],
    zone: string | null = null,
    events: ProgrammeEventRow[] = [],
  ): string {
    const calendar = ical({
      name,
      prodId: { company: 'Atölye', product: 'Atölye LMS', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
      timezone: { name: zone && vtimezone(zone) ? zone : null, generator: vtimezone },
    });
    for (const meeting of meetings) {
      const zoned = vtimezone(meeting.time_zone) !== null;
      const when = formatMeeting(meeting.starts_at, meeting.ends_at, meeting.time_zone, meeting.language);
      calendar.createEvent({
        id: `${meeting.id}@atolye`,
        start: zoned ? toZoned(meeting.starts_at, meeting.time_zone) : meeting.starts_at,
        end: zoned ? toZoned(meeting.ends_at, meeting.time_zone) : meeting.ends_at,
        timezone: zoned ? meeting.time_zone : null,
        summary: `${meeting.title}: ${meeting.topic}`,
        location: meeting.location ?? meeting.venue ?? meeting.meeting_link ?? meeting.city,
        url: meeting.meeting_link ?? `${this.config.publicUrl}/learn`,
        description: meeting.meeting_link
          ? `${when}\n${JOIN[meeting.language]}: ${meeting.meeting_link}`
          : when,
      });
    }
    for (const event of events) {
      calendar.createEvent({
        id: `${event.id}@atolye`,
        start: event.starts_on,
        end: event.ends_after,
        allDay: true,
        summary: event.title,
        location: `${event.city}, ${event.country}`,
        description: event.host_organisations.join('; ') || undefined,
        url: `${this.config.publicUrl}/profile/events`,
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
