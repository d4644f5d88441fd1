import { Injectable } from '@nestjs/common';
import type { AttendanceSheet, Language } from '@atolye/shared';
import { exportWords } from '../common/export-labels';
import { csvFile, xlsxFile, type SheetCell } from '../common/spreadsheet-export';
import { formatMeeting } from '../common/zoned-time';
import type { MeetingEntity } from '../sessions/meeting.entity';
import type { SessionEntity } from '../sessions/session.entity';
import { renderSignInSheet } from './sign-in-sheet-pdf';

/** Attendance as CSV, XLSX and a printable PDF sign-in sheet. */
@Injectable()
export class AttendanceExportService {
  /**
   * One row per participant, one column per meeting, then totals and the percentage, in the
   * language of the person exporting.
   */
  private table(sheet: AttendanceSheet, language: Language): SheetCell[][] {
    const words = exportWords(language);
    const header = [
      words.name,
      words.organisation,
      // Each meeting in the session's zone, named: "2 Mar 2027, 09:30–12:30 (Istanbul time) — Topic".
      ...sheet.meetings.map(
        (m) => `${formatMeeting(m.startsAt, m.endsAt, sheet.timeZone, language, 'medium')} — ${m.topic}`,
      ),
      words.attended,
      words.attendancePercent,
    ];
    const rows = sheet.rows.map((row) => [
      row.fullName,
      row.organisation ?? '',
      ...sheet.meetings.map((m) => (row.cells[m.id] ? words.attendanceStatus[row.cells[m.id].status] : '')),
      row.attended,
      row.percent,
    ]);
    return [header, ...rows];
  }

  csv(sheet: AttendanceSheet, language: Language): Buffer {
    return csvFile(this.table(sheet, language));
  }

  xlsx(sheet: AttendanceSheet, language: Language): Promise<Buffer> {
    return xlsxFile([
      {
        name: exportWords(language).attendanceSheet,
        rows: this.table(sheet, language),
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
