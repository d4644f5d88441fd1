import { IMPORT_COLUMNS, type ImportJob, type ImportOutcome } from '@atolye/shared';

/** The server refuses files over about 1 MB; saying so before uploading saves a slow wait. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * A template to fill in: the header row and one example. The byte-order mark makes Excel read
 * the Turkish letters as UTF-8.
 */
export function importTemplateCsv(): string {
  const example = [
    'ayse.yilmaz@example.org',
    'Ayşe Yılmaz',
    'Umut Köprüsü Derneği',
    'Gaziantep',
    'TR',
    'female',
    'tr',
  ];
  return `\uFEFF${IMPORT_COLUMNS.join(',')}\r\n${example.join(',')}\r\n`;
}

/** How many rows came to each outcome, in a fixed order for the summary. */
export function outcomeCounts(job: ImportJob): { outcome: ImportOutcome; count: number }[] {
  const order: ImportOutcome[] = ['enrolled', 'waitlisted', 'already_enrolled', 'rejected'];
  return order.map((outcome) => ({ outcome, count: job.rows.filter((r) => r.outcome === outcome).length }));
}

/** Share of rows processed, 0–100. */
export function importPercent(job: Pick<ImportJob, 'processed' | 'total'>): number {
  return job.total > 0 ? Math.round((100 * job.processed) / job.total) : 0;
}
