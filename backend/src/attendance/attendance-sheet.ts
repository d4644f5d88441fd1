import type { AttendanceCell, AttendanceSheet } from '@atolye/shared';
import type { MeetingEntity } from '../sessions/meeting.entity';
import type { AttendeeRow, RecordRow } from './attendance.repository';

/**
 * The sheet: one row per attendee, one cell per marked meeting. The percentage counts every
 * planned meeting, held or not, so "80 %" means the same on the first day and the last.
 */
export function buildSheet(
  session: { id: string; timeZone: string },
  meetings: MeetingEntity[],
  attendees: AttendeeRow[],
  records: RecordRow[],
): AttendanceSheet {
  return {
    sessionId: session.id,
    timeZone: session.timeZone,
    meetings: meetings.map((m) => ({
      id: m.id,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      topic: m.topic,
    })),
    rows: attendees.map((attendee) => {
      const own = records.filter((r) =>
        attendee.enrolment_id
          ? r.enrolment_id === attendee.enrolment_id
          : r.walk_in_id === attendee.walk_in_id,
      );
      const cells: Record<string, AttendanceCell> = {};
      for (const record of own) {
        cells[record.meeting_id] = {
          status: record.status,
          note: record.note,
          method: record.method,
          markedAt: new Date(record.marked_at).toISOString(),
        };
      }
      const attended = own.filter((r) => r.status === 'present' || r.status === 'late').length;
      return {
        enrolmentId: attendee.enrolment_id,
        walkInId: attendee.walk_in_id,
        fullName: attendee.full_name,
        organisation: attendee.organisation,
        cells,
        attended,
        percent: meetings.length === 0 ? 0 : Math.round((100 * attended) / meetings.length),
      };
    }),
  };
}
