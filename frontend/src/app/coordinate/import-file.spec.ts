import type { ImportJob } from '@atolye/shared';
import { importPercent, importTemplateCsv, outcomeCounts } from './import-file';

describe('import file', () => {
  it('offers a template whose first row names the columns the import reads', () => {
    const [header, example] = importTemplateCsv().replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toBe('email,full_name,organisation,province,country,gender,language');
    expect(example.split(',')).toHaveLength(7);
  });

  it('counts the rows by outcome and the share processed', () => {
    const job = {
      total: 4,
      processed: 3,
      rows: [
        { row: 2, email: 'a@x.org', outcome: 'enrolled' },
        { row: 3, email: 'b@x.org', outcome: 'enrolled' },
        { row: 4, email: 'bad', outcome: 'rejected', reason: 'not an email' },
      ],
    } as ImportJob;
    expect(outcomeCounts(job)).toEqual([
      { outcome: 'enrolled', count: 2 },
      { outcome: 'waitlisted', count: 0 },
      { outcome: 'already_enrolled', count: 0 },
      { outcome: 'rejected', count: 1 },
    ]);
    expect(importPercent(job)).toBe(75);
    expect(importPercent({ total: 0, processed: 0 })).toBe(0);
  });
});
