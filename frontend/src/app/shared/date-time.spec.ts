import { DateTime } from 'luxon';
import type { AbstractControl } from '@angular/forms';
import { addDays, dayValue, isoDay, notBeforeDay, timeValue, toInstant, wallClock } from './date-time';

describe('date-time', () => {
  it("turns a day and time on the session's wall clock into the UTC instant, whatever the browser's zone", () => {
    const day = DateTime.local(2027, 3, 2);
    expect(toInstant(day, timeValue('14:00'), 'Europe/Istanbul')).toBe('2027-03-02T11:00:00.000Z');
    expect(toInstant(day, timeValue('14:00'), 'Europe/Brussels')).toBe('2027-03-02T13:00:00.000Z');
    // After the spring change Brussels is UTC+2.
    expect(toInstant(DateTime.local(2027, 3, 29), timeValue('09:30'), 'Europe/Brussels')).toBe(
      '2027-03-29T07:30:00.000Z',
    );
  });

  it("reads an instant back as the session's day and time", () => {
    const { day, time } = wallClock('2027-03-01T21:30:00.000Z', 'Europe/Istanbul');
    expect(isoDay(day)).toBe('2027-03-02');
    expect(time.toFormat('HH:mm')).toBe('00:30');
    expect(isoDay(wallClock('2027-03-01T21:30:00.000Z', 'Europe/Brussels').day)).toBe('2027-03-01');
  });

  it('gives no instant for an empty or malformed day or time', () => {
    expect(toInstant(null, timeValue('09:30'), 'Europe/Istanbul')).toBeNull();
    expect(toInstant(DateTime.local(2027, 3, 2), null, 'Europe/Istanbul')).toBeNull();
    expect(toInstant(DateTime.invalid('typed nonsense'), timeValue('09:30'), 'Europe/Istanbul')).toBeNull();
    expect(toInstant(DateTime.local(2027, 3, 2), timeValue('9h30'), 'Europe/Istanbul')).toBeNull();
  });

  it('converts days between date fields and the API', () => {
    expect(isoDay(dayValue('2027-02-28'))).toBe('2027-02-28');
    expect(dayValue('')).toBeNull();
    expect(isoDay(addDays(DateTime.local(2027, 2, 27), 3))).toBe('2027-03-02');
  });

  it('wants an end day on or after its start, and leaves a missing day to the other rules', () => {
    const end = (value: string | null, start: string | null) =>
      notBeforeDay('start')({
        value: dayValue(value),
        parent: { get: () => ({ value: dayValue(start) }) },
      } as unknown as AbstractControl);
    expect(end('2027-05-01', '2027-05-10')).toEqual({ endBeforeStart: true });
    expect(end('2027-05-10', '2027-05-10')).toBeNull();
    expect(end('2027-05-21', '2027-05-10')).toBeNull();
    expect(end('2027-05-01', null)).toBeNull();
    expect(end(null, '2027-05-10')).toBeNull();
  });
});
