import type { AttendanceSheet } from '@atolye/shared';
import { artifact, FONT, tag, taggedDocument } from '../common/pdf/tagged-document';
import { formatMeeting } from '../common/zoned-time';
import type { MeetingEntity } from '../sessions/meeting.entity';
import type { SessionEntity } from '../sessions/session.entity';

const COLUMNS = [
  { title: 'No / Sıra', width: 45 },
  { title: 'Name / Ad Soyad', width: 170 },
  { title: 'Organisation / Kurum', width: 170 },
  { title: 'Signature / İmza', width: 130 },
];
const ROW_HEIGHT = 26;
const MARGIN = 40;

/**
 * A sheet people sign at the door of an in-person meeting, as a tagged PDF: the heading, the
 * meeting, and the list as a table a screen reader reads row by row. Rows have a fixed height
 * (a signature needs the room), so a long name is cut with an ellipsis rather than overlap.
 */
export function renderSignInSheet(
  session: SessionEntity,
  meeting: MeetingEntity,
  sheet: AttendanceSheet,
): Promise<Buffer> {
  const { doc, root, finish } = taggedDocument({
    title: `Sign-in sheet / Katılım listesi — ${session.title}`,
    language: session.language,
    margin: MARGIN,
  });
  tag(doc, root, 'H1', () => doc.font(FONT.bold).fontSize(16).text('Sign-in sheet / Katılım listesi'));
  doc.moveDown(0.3);
  const line = (text: string) => tag(doc, root, 'P', () => doc.font(FONT.regular).fontSize(11).text(text));
  line(session.title);
  line(
    `${formatMeeting(meeting.startsAt, meeting.endsAt, session.timeZone, session.language)} · ${meeting.topic}`,
  );
  line(meeting.location ?? session.venue ?? session.city);
  doc.moveDown();

  const table = doc.struct('Table');
  root.add(table);
  let y = doc.y;
  const drawRow = (cells: string[], header: boolean) => {
    if (y + ROW_HEIGHT > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
    const row = doc.struct('TR');
    table.add(row);
    let x = MARGIN;
    cells.forEach((text, i) => {
      const width = COLUMNS[i].width;
      const left = x;
      artifact(doc, () => doc.rect(left, y, width, ROW_HEIGHT).stroke());
      row.add(
        doc.struct(header ? 'TH' : 'TD', {}, () => {
          doc
            .font(header ? FONT.bold : FONT.regular)
            .fontSize(9)
            .text(text, left + 4, y + 8, { width: width - 8, height: ROW_HEIGHT - 8, ellipsis: true });
        }),
      );
      x += width;
    });
    row.end();
    y += ROW_HEIGHT;
  };
  drawRow(
    COLUMNS.map((c) => c.title),
    true,
  );
  sheet.rows.forEach((row, i) => drawRow([String(i + 1), row.fullName, row.organisation ?? '', ''], false));
  for (let i = 0; i < 5; i++) drawRow([String(sheet.rows.length + i + 1), '', '', ''], false);
  table.end();
  return finish();
}
