import type { EnrolmentSummary, Language } from '@atolye/shared';
import { exportWords } from '../common/export-labels';
import { csvFile, xlsxFile, type SheetCell } from '../common/spreadsheet-export';
import { formatDateTime } from '../common/zoned-time';

/**
 * A session's roster as a spreadsheet: one row per enrolment, in the language of the person
 * exporting, times in the session's own zone; every text goes through the formula guard.
 */
export function rosterTable(rows: EnrolmentSummary[], timeZone: string, language: Language): SheetCell[][] {
  const words = exportWords(language);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, timeZone, language, 'medium') : '');
  return [
    [
      words.name,
      words.email,
      words.organisation,
      words.status,
      words.waitlistPosition,
      words.requestedAt,
      words.decidedAt,
      words.lessonsCompleted,
      words.lessonsTotal,
    ],
    ...rows.map((row) => [
      row.person.fullName,
      row.person.email,
      row.person.organisation ?? '',
      words.enrolmentStatus[row.status],
      row.waitlistPosition,
      when(row.requestedAt),
      when(row.decidedAt),
      row.completedLessons,
      row.totalLessons,
    ]),
  ];
}

export function rosterCsv(rows: EnrolmentSummary[], timeZone: string, language: Language): Buffer {
  return csvFile(rosterTable(rows, timeZone, language));
}

export function rosterXlsx(rows: EnrolmentSummary[], timeZone: string, language: Language): Promise<Buffer> {
  return xlsxFile([
    {
      name: exportWords(language).rosterSheet,
      rows: rosterTable(rows, timeZone, language),
      boldHeader: true,
      columnWidth: (i) => (i < 3 ? 30 : 18),
      frozen: { columns: 1, rows: 1 },
    },
  ]);
}
