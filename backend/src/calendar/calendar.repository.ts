import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EnrolmentStatus } from '@atolye/shared';
import { COACHING_MEETINGS_OF_PERSON_SQL } from '../coaching/coaching-calendar';
import {
  MEETING_COLUMNS,
  type CoachingMeetingRow,
  type MeetingRow,
  type ProgrammeEventRow,
} from '../common/ics';

export interface CalendarSessionRow {
  id: string;
  title: string;
  trainer_ids: string[];
  time_zone: string;
}

/** What the calendar files are made of: meetings, sessions and programme events, as rows. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The meetings of sessions the person holds a seat in or trains. */
  meetingsOfPerson(personId: string): Promise<MeetingRow[]> {
    return this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM meetings m JOIN sessions s ON s.id = m.session_id
        WHERE EXISTS (SELECT 1 FROM enrolments e WHERE e.session_id = s.id AND e.person_id = $1 AND e.status IN ('enrolled', 'completed'))
           OR $1 = ANY(s.trainer_ids)
        ORDER BY m.starts_at`,
      [personId],
    );
  }

  /** Meetings of the coaching tracks the person mentors or is coached on, as whole days. */
  coachingMeetingsOfPerson(personId: string): Promise<CoachingMeetingRow[]> {
    return this.db.query(COACHING_MEETINGS_OF_PERSON_SQL, [personId]);
  }

  /** Study visits, workshops and conferences the person takes part in, as whole days. */
  programmeEventsOfPerson(personId: string): Promise<ProgrammeEventRow[]> {
    return this.db.query(
      `SELECT e.id, e.title, e.starts_on::text AS starts_on, (e.ends_on + 1)::text AS ends_after, e.city, e.country,
              e.host_organisations
         FROM programme_events e JOIN programme_event_participants p ON p.event_id = e.id
        WHERE p.person_id = $1 ORDER BY e.starts_on`,
      [personId],
    );
  }

  async session(sessionId: string): Promise<CalendarSessionRow | null> {
    const [session] = await this.db.query(
      'SELECT id, title, trainer_ids, time_zone FROM sessions WHERE id = $1',
      [sessionId],
    );
    return session ?? null;
  }

  /** The person's enrolment in the session, if it is one that may see the session's dates. */
  async liveEnrolmentStatus(sessionId: string, personId: string): Promise<EnrolmentStatus | null> {
    const [enrolment] = await this.db.query(
      `SELECT status FROM enrolments WHERE session_id = $1 AND person_id = $2 AND status IN ('enrolled', 'completed', 'waitlisted', 'pending')`,
      [sessionId, personId],
    );
    return enrolment?.status ?? null;
  }

  meetingsOfSession(sessionId: string): Promise<MeetingRow[]> {
    return this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM meetings m JOIN sessions s ON s.id = m.session_id WHERE s.id = $1 ORDER BY m.starts_at`,
      [sessionId],
    );
  }
}
