import { Injectable } from '@nestjs/common';
import type { AttendanceSheet, AttendanceStatus } from '@atolye/shared';
import { csvFile, xlsxFile, type SheetCell } from '../common/spreadsheet-export';
import { formatMeeting } from '../common/zoned-time';
import type { MeetingEntity } from '../sessions/meeting.entity';
import type { SessionEntity } from '../sessions/session.entity';
import { renderSignInSheet } from './sign-in-sheet-pdf';

const STATUS_WORDS: Record<AttendanceStatus, string> = {
  present: 'present',
  late: 'late',
  excused: 'excused',
  absent: 'absent',
};

/** Attendance as CSV, XLSX and a printable PDF sign-in sheet. */
@Injectable()
export class AttendanceExportService {
  /** One row per participant, one column per meeting, then totals and the percentage. */
  private table(sheet: AttendanceSheet): SheetCell[][] {
    const header = [
      'Name',
      'Organisation',
      // Each meeting in the session's zone, named: "2 Mar 2027, 09:30–12:30 (Istanbul time) — Topic".
      ...sheet.meetings.map(
        (m) => `${formatMeeting(m.startsAt, m.endsAt, sheet.timeZone, 'en', 'medium')} — ${m.topic}`,
      ),
      'Attended',
      'Attendance %',
    ];
    const rows = sheet.rows.map((row) => [
      row.fullName,
      row.organisation ?? '',
      ...sheet.meetings.map((m) => (row.cells[m.id] ? STATUS_WORDS[row.cells[m.id].status] : '')),
      row.attended,
      row.percent,
    ]);
    return [header, ...rows];
  }

  csv(sheet: AttendanceSheet): Buffer {
    return csvFile(this.table(sheet));
  }

  xlsx(sheet: AttendanceSheet): Promise<Buffer> {
    return xlsxFile([
      {
        name: 'Attendance',
        rows: this.table(sheet),
        boldHeader: true,
        columnWidth: (i) => (i < 2 ? 30 : 18),
        frozen: { columns: 2, rows: 1 },
      },
    ]);
  }

  /** A sheet people sign at the door of an in-person meeting (a tagged PDF). */
  signInSheet(session: SessionEntity, meeting: MeetingEntity, sheet: AttendanceSheet): Promise<Buffer> {
    return renderSignInSheet(session, meeting, sheet);
  }
}
