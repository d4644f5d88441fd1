import { addDays, localDate, localTime, toIsoInstant } from './date-time';

describe('date-time', () => {
  it('turns a local date and time into the same instant in UTC, and back', () => {
    const iso = toIsoInstant('2027-03-02', '09:30');
    expect(iso).not.toBeNull();
    expect(localDate(iso as string)).toBe('2027-03-02');
    expect(localTime(iso as string)).toBe('09:30');
    expect(new Date(iso as string).getTime()).toBe(new Date(2027, 2, 2, 9, 30).getTime());
  });

  it('gives no instant for an empty or malformed date or time', () => {
    expect(toIsoInstant('', '09:30')).toBeNull();
    expect(toIsoInstant('2027-03-02', '')).toBeNull();
    expect(toIsoInstant('02/03/2027', '09:30')).toBeNull();
  });

  it('moves by whole days keeping the local time', () => {
    const later = addDays(new Date(2027, 0, 30, 14, 5), 3);
    expect(localDate(later)).toBe('2027-02-02');
    expect(localTime(later)).toBe('14:05');
  });
});
