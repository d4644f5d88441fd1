import type { AttendanceMark, AttendanceRow, AttendanceSheet, AttendanceStatus } from '@atolye/shared';

/** What the trainer has chosen for one person at one meeting, before saving. */
export interface DraftMark {
  status: AttendanceStatus | null;
  note: string;
}

/** A row is an enrolment or a walk-in; both ids live in one key space. */
export function rowKey(row: AttendanceRow): string {
  return row.enrolmentId ? `e:${row.enrolmentId}` : `w:${row.walkInId}`;
}

/** The marks already saved for a meeting, as an editable draft. */
export function draftOf(sheet: AttendanceSheet, meetingId: string): Record<string, DraftMark> {
  const draft: Record<string, DraftMark> = {};
  for (const row of sheet.rows) {
    const cell = row.cells[meetingId];
    draft[rowKey(row)] = { status: cell?.status ?? null, note: cell?.note ?? '' };
  }
  return draft;
}

/** The request body for one meeting: every person with a status; unmarked people are left out. */
export function marksOf(sheet: AttendanceSheet, draft: Record<string, DraftMark>): AttendanceMark[] {
  return sheet.rows.flatMap((row): AttendanceMark[] => {
    const mark = draft[rowKey(row)];
    if (!mark?.status) return [];
    const note = mark.note.trim() || null;
    return row.enrolmentId
      ? [{ enrolmentId: row.enrolmentId, status: mark.status, note }]
      : [{ walkInId: row.walkInId as string, status: mark.status, note }];
  });
}

/** The meeting to open first: the one under way, else the next one, else the last one. */
export function defaultMeetingId(sheet: AttendanceSheet, now = new Date()): string | null {
  const meetings = sheet.meetings;
  if (!meetings.length) return null;
  const time = now.getTime();
  const current = meetings.find((m) => Date.parse(m.endsAt) >= time);
  return (current ?? meetings[meetings.length - 1]).id;
}
