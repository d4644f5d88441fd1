import { Injectable } from '@nestjs/common';
import PDFDocument from '../common/pdf/pdfkit';
import type { AttendanceSheet, Language } from '@atolye/shared';
import { pdfFonts } from '../common/pdf/pdf-fonts';
import { exportWords } from '../common/export-labels';
import { csvFile, xlsxFile, type SheetCell } from '../common/spreadsheet-export';
import { formatMeeting } from '../common/zoned-time';
import type { MeetingEntity } from '../sessions/meeting.entity';
import type { SessionEntity } from '../sessions/session.entity';

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

  /** A sheet people sign at the door of an in-person meeting. */
  signInSheet(session: SessionEntity, meeting: MeetingEntity, sheet: AttendanceSheet): Promise<Buffer> {
    const fonts = pdfFonts();
    const doc = new PDFDocument({
      size: 'A4',
      margin: 40,
      info: { Title: `Sign-in sheet — ${session.title}`, Producer: 'Atölye' },
    });
    doc.registerFont('regular', fonts.regular);
    doc.registerFont('bold', fonts.bold);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

    doc.font('bold').fontSize(16).text('Sign-in sheet / Katılım listesi');
    doc.moveDown(0.3).font('regular').fontSize(11).text(session.title);
    doc.text(
      `${formatMeeting(meeting.startsAt, meeting.endsAt, session.timeZone, session.language)} · ${meeting.topic}`,
    );
    doc.text(meeting.location ?? session.venue ?? session.city);
    doc.moveDown();

    const columns = [
      { title: 'No / Sıra', width: 45 },
      { title: 'Name / Ad Soyad', width: 170 },
      { title: 'Organisation / Kurum', width: 170 },
      { title: 'Signature / İmza', width: 130 },
    ];
    const rowHeight = 26;
    let y = doc.y;
    const drawRow = (cells: string[], font: 'regular' | 'bold') => {
      if (y + rowHeight > doc.page.height - 40) {
        doc.addPage();
        y = 40;
      }
      let x = 40;
      cells.forEach((text, i) => {
        doc.rect(x, y, columns[i].width, rowHeight).stroke();
        doc
          .font(font)
          .fontSize(9)
          .text(text, x + 4, y + 8, { width: columns[i].width - 8, height: rowHeight - 8, ellipsis: true });
        x += columns[i].width;
      });
      y += rowHeight;
    };
    drawRow(
      columns.map((c) => c.title),
      'bold',
    );
    sheet.rows.forEach((row, i) =>
      drawRow([String(i + 1), row.fullName, row.organisation ?? '', ''], 'regular'),
    );
    for (let i = 0; i < 5; i++) drawRow([String(sheet.rows.length + i + 1), '', '', ''], 'regular');
    doc.end();
    return done;
  }
}
