import {
  addLocalDays,
  atLocalTime,
  formatDate,
  formatDateTime,
  formatDay,
  formatMeeting,
  localDate,
  sameLocalDay,
  startOfLocalDay,
  zoneName,
} from './zoned-time';

const ISTANBUL = 'Europe/Istanbul';
const BRUSSELS = 'Europe/Brussels';

describe('zoned time', () => {
  describe('formatting', () => {
    it('shows an Ankara meeting at its own hours, naming Istanbul time, whatever the server clock', () => {
      const start = new Date('2027-03-02T11:00:00Z');
      const end = new Date('2027-03-02T14:00:00Z');
      expect(formatMeeting(start, end, ISTANBUL, 'en')).toBe(
        'Tuesday, 2 March 2027, 14:00–17:00 (Istanbul time)',
      );
      expect(formatMeeting(start, end, ISTANBUL, 'tr')).toBe(
        '2 Mart 2027 Salı, 14:00–17:00 (İstanbul saati)',
      );
    });

    it('shows a Brussels meeting at Brussels hours, in summer and in winter', () => {
      expect(formatMeeting('2027-01-12T08:30:00Z', '2027-01-12T11:30:00Z', BRUSSELS, 'en')).toBe(
        'Tuesday, 12 January 2027, 09:30–12:30 (Brussels time)',
      );
      expect(formatMeeting('2027-06-15T07:30:00Z', '2027-06-15T10:30:00Z', BRUSSELS, 'tr')).toBe(
        '15 Haziran 2027 Salı, 09:30–12:30 (Brüksel saati)',
      );
    });

    it('names both days of a meeting that runs past midnight in its zone', () => {
      expect(formatMeeting('2027-03-02T19:00:00Z', '2027-03-02T22:30:00Z', ISTANBUL, 'en', 'medium')).toBe(
        '2 Mar 2027, 22:00 – 3 Mar 2027, 01:30 (Istanbul time)',
      );
    });

    it('writes a moment with its date and zone, and dates alone in the zone', () => {
      expect(formatDateTime('2027-02-28T14:00:00Z', ISTANBUL, 'en')).toBe(
        '28 February 2027, 17:00 (Istanbul time)',
      );
      expect(formatDateTime('2027-02-28T14:00:00Z', ISTANBUL, 'tr', 'medium')).toBe(
        '28 Şub 2027, 17:00 (İstanbul saati)',
      );
      // 22:30 UTC on 1 March is already 2 March in Istanbul, still 1 March in Brussels.
      expect(formatDate('2027-03-01T22:30:00Z', ISTANBUL, 'en')).toBe('2 March 2027');
      expect(formatDate('2027-03-01T22:30:00Z', BRUSSELS, 'en')).toBe('1 March 2027');
      expect(formatDay('2027-03-01T22:30:00Z', ISTANBUL, 'tr')).toBe('2 Mart 2027 Salı');
    });

    it('names zones it does not list by their city', () => {
      expect(zoneName('America/Argentina/Buenos_Aires', 'en')).toBe('Buenos Aires time');
      expect(zoneName(BRUSSELS, 'tr')).toBe('Brüksel saati');
    });

    it('refuses a zone that does not exist instead of showing UTC', () => {
      expect(() => formatDate(new Date(), 'Mars/Olympus_Mons', 'en')).toThrow(RangeError);
    });
  });

  describe('days in the zone', () => {
    const lateEvening = '2027-03-01T21:30:00Z';

    it('counts "today" from midnight in the zone, not in UTC', () => {
      expect(localDate(lateEvening, ISTANBUL)).toBe('2027-03-02');
      expect(localDate(lateEvening, BRUSSELS)).toBe('2027-03-01');
      expect(localDate(lateEvening, 'UTC')).toBe('2027-03-01');
      expect(sameLocalDay(lateEvening, '2027-03-02T06:30:00Z', ISTANBUL)).toBe(true);
      expect(sameLocalDay(lateEvening, '2027-03-02T06:30:00Z', BRUSSELS)).toBe(false);
      expect(startOfLocalDay(lateEvening, ISTANBUL).toISOString()).toBe('2027-03-01T21:00:00.000Z');
    });

    it('turns wall-clock times into instants in Istanbul (UTC+3 all year)', () => {
      expect(atLocalTime('2027-03-02', '09:30', ISTANBUL).toISOString()).toBe('2027-03-02T06:30:00.000Z');
      expect(atLocalTime('2027-08-02', '09:30', ISTANBUL).toISOString()).toBe('2027-08-02T06:30:00.000Z');
    });
  });

  describe('daylight-saving changes in Europe/Brussels', () => {
    it('keeps a weekly 09:30 meeting at 09:30 across the spring change (28 March 2027)', () => {
      const before = atLocalTime('2027-03-22', '09:30', BRUSSELS);
      const after = addLocalDays(before, 7, BRUSSELS);
      expect(before.toISOString()).toBe('2027-03-22T08:30:00.000Z');
      expect(after.toISOString()).toBe('2027-03-29T07:30:00.000Z');
      expect(formatMeeting(after, atLocalTime('2027-03-29', '12:30', BRUSSELS), BRUSSELS, 'en')).toBe(
        'Monday, 29 March 2027, 09:30–12:30 (Brussels time)',
      );
    });

    it('keeps it at 09:30 across the autumn change (31 October 2027)', () => {
      const before = atLocalTime('2027-10-25', '09:30', BRUSSELS);
      expect(before.toISOString()).toBe('2027-10-25T07:30:00.000Z');
      expect(addLocalDays(before, 7, BRUSSELS).toISOString()).toBe('2027-11-01T08:30:00.000Z');
    });

    it('moves a time the spring change skips forward by the gap', () => {
      expect(atLocalTime('2027-03-28', '02:30', BRUSSELS).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    });

    it('knows the day of the change is 23 hours long and the autumn one 25', () => {
      const spring = startOfLocalDay('2027-03-28T12:00:00Z', BRUSSELS);
      const springNext = startOfLocalDay('2027-03-29T12:00:00Z', BRUSSELS);
      expect((springNext.getTime() - spring.getTime()) / 3600_000).toBe(23);
      const autumn = startOfLocalDay('2027-10-31T12:00:00Z', BRUSSELS);
      const autumnNext = startOfLocalDay('2027-11-01T12:00:00Z', BRUSSELS);
      expect((autumnNext.getTime() - autumn.getTime()) / 3600_000).toBe(25);
    });

    it('shows both 02:30s of the autumn night as 02:30, an hour apart', () => {
      expect(formatDateTime('2027-10-31T00:30:00Z', BRUSSELS, 'en')).toBe(
        '31 October 2027, 02:30 (Brussels time)',
      );
      expect(formatDateTime('2027-10-31T01:30:00Z', BRUSSELS, 'en')).toBe(
        '31 October 2027, 02:30 (Brussels time)',
      );
    });
  });
});
