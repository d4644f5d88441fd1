import ical, { ICalCalendarMethod } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Language } from '@atolye/shared';
import { formatMeeting, toZoned } from './zoned-time';

export interface MeetingRow {
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
export interface ProgrammeEventRow {
  id: string;
  title: string;
  starts_on: string;
  ends_after: string;
  city: string;
  country: string;
  host_organisations: string[];
}

/** A coaching meeting: a whole day, as only its date and length are kept. */
export interface CoachingMeetingRow {
  id: string;
  track_id: string;
  title: string;
  held_on: string;
  day_after: string;
  duration_minutes: number;
  mode: string;
}

export const MEETING_COLUMNS = `m.id, m.starts_at, m.ends_at, m.topic, m.location, s.id AS session_id, s.title, s.venue, s.meeting_link, s.city, s.time_zone, s.language`;

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

/**
 * Each meeting is written at its wall-clock time in its session's zone (TZID, with the zone's
 * VTIMEZONE), so calendar programs show it right in any zone and across daylight-saving
 * changes; the description says it in words. A session file names its zone as the calendar's.
 */
export function renderIcs(
  publicUrl: string,
  name: string,
  meetings: MeetingRow[],
  zone: string | null = null,
  events: ProgrammeEventRow[] = [],
  coaching: CoachingMeetingRow[] = [],
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
      url: meeting.meeting_link ?? `${publicUrl}/learn`,
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
      url: `${publicUrl}/profile/events`,
    });
  }
  for (const meeting of coaching) {
    calendar.createEvent({
      id: `${meeting.id}@atolye`,
      start: meeting.held_on,
      end: meeting.day_after,
      allDay: true,
      summary: meeting.title,
      description: `${meeting.duration_minutes} min, ${meeting.mode === 'online' ? 'online' : 'in person'}`,
      url: `${publicUrl}/coaching/${meeting.track_id}`,
    });
  }
  return calendar.toString();
}
