import type { AttendanceSheet } from '@atolye/shared';
import { readPdf } from '../common/pdf/pdf-inspection';
import type { MeetingEntity } from '../sessions/meeting.entity';
import type { SessionEntity } from '../sessions/session.entity';
import { renderSignInSheet } from './sign-in-sheet-pdf';

const session = {
  title: 'Şanlıurfa — yüz yüze kurs',
  language: 'tr',
  timeZone: 'Europe/Istanbul',
  venue: 'Harran Üniversitesi',
  city: 'Şanlıurfa',
} as unknown as SessionEntity;
const meeting = {
  startsAt: new Date('2027-03-02T07:00:00Z'),
  endsAt: new Date('2027-03-02T10:00:00Z'),
  topic: 'Geçici koruma ve başvuru süreçleri',
  location: null,
} as unknown as MeetingEntity;

function sheet(count: number): AttendanceSheet {
  return {
    sessionId: 's',
    timeZone: 'Europe/Istanbul',
    meetings: [],
    rows: Array.from({ length: count }, (_, i) => ({
      fullName: i === 0 ? 'Gülşen İnceoğlu Çırağan' : `Katılımcı ${i + 1}`,
      organisation: 'Göç Araştırmaları Derneği',
    })) as AttendanceSheet['rows'],
  };
}

describe(renderSignInSheet.name, () => {
  it('is a tagged PDF: title, language, a heading and the list as a table with header cells', async () => {
    const reading = await readPdf(await renderSignInSheet(session, meeting, sheet(3)));
    expect(reading.title).toBe('Sign-in sheet / Katılım listesi — Şanlıurfa — yüz yüze kurs');
    expect(reading.language).toBe('tr-TR');
    const roles = reading.elements.map((e) => e.role);
    for (const role of ['Document', 'H1', 'P', 'Table', 'TR', 'TH', 'TD']) expect(roles).toContain(role);
    expect(roles.filter((r) => r === 'TR')).toHaveLength(1 + 3 + 5);
    expect(roles.filter((r) => r === 'TH')).toHaveLength(4);
    expect(reading.text).toContain('Gülşen İnceoğlu Çırağan');
    expect(reading.text).toContain('Geçici koruma ve başvuru süreçleri');
  });

  it('carries the table on to the next page when the list is long, with every row still tagged', async () => {
    const reading = await readPdf(await renderSignInSheet(session, meeting, sheet(40)));
    expect(reading.pages).toBe(2);
    expect(reading.elements.filter((e) => e.role === 'TR')).toHaveLength(1 + 40 + 5);
    // A reader sees the table's part on each page (pdf.js lists the structure per page).
    expect(reading.elements.filter((e) => e.role === 'Table')).toHaveLength(2);
    expect(reading.items.filter((i) => i.text === 'Name / Ad Soyad')).toHaveLength(1);
  });
});
