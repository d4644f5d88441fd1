import { dayIn, meetingText, momentText, sameWallClock, type ZoneWords } from './zoned-time';

/** The portal's wording (time.zoneName, time.readerTime in en.json and tr.json). */
const EN: ZoneWords = {
  zoneName: (city) => `${city} time`,
  readerTime: (time, city) => `${time} your time (${city})`,
};
const TR: ZoneWords = {
  zoneName: (city) => `${city} saati`,
  readerTime: (time, city) => `sizin saatinizle ${time} (${city})`,
};
const ISTANBUL = 'Europe/Istanbul';
const BRUSSELS = 'Europe/Brussels';
/** 14:00–17:00 in Ankara on Tuesday 2 March 2027. */
const ANKARA_MEETING = { startsAt: '2027-03-02T11:00:00.000Z', endsAt: '2027-03-02T14:00:00.000Z' };

describe('zoned time', () => {
  it('shows an Ankara meeting at 14:00–17:00, naming Istanbul time, to a reader whose clock is UTC', () => {
    expect(meetingText(ANKARA_MEETING, ISTANBUL, 'UTC', 'en', EN)).toBe(
      'Tuesday, 2 March 2027, 14:00–17:00 (Istanbul time) · 11:00–14:00 your time (UTC)',
    );
    expect(meetingText(ANKARA_MEETING, ISTANBUL, 'UTC', 'tr', TR)).toBe(
      '2 Mart 2027 Salı, 14:00–17:00 (İstanbul saati) · sizin saatinizle 11:00–14:00 (UTC)',
    );
  });

  it('says nothing more to a reader in the same zone, or one whose clock reads the same', () => {
    expect(meetingText(ANKARA_MEETING, ISTANBUL, ISTANBUL, 'en', EN)).toBe(
      'Tuesday, 2 March 2027, 14:00–17:00 (Istanbul time)',
    );
    expect(meetingText(ANKARA_MEETING, ISTANBUL, 'Europe/Minsk', 'en', EN, 'none')).toBe(
      '14:00–17:00 (Istanbul time)',
    );
  });

  it('gives a reader in Brussels their own time beside Istanbul time, winter and summer', () => {
    expect(meetingText(ANKARA_MEETING, ISTANBUL, BRUSSELS, 'en', EN, 'none')).toBe(
      '14:00–17:00 (Istanbul time) · 12:00–15:00 your time (Brussels)',
    );
    const summer = { startsAt: '2027-06-15T11:00:00.000Z', endsAt: '2027-06-15T14:00:00.000Z' };
    expect(meetingText(summer, ISTANBUL, BRUSSELS, 'tr', TR, 'medium')).toBe(
      '15 Haz 2027, 14:00–17:00 (İstanbul saati) · sizin saatinizle 13:00–16:00 (Brüksel)',
    );
  });

  it('keeps a weekly Brussels meeting at 09:30 across the spring change, for readers in Istanbul', () => {
    const before = { startsAt: '2027-03-22T08:30:00.000Z', endsAt: '2027-03-22T11:30:00.000Z' };
    const after = { startsAt: '2027-03-29T07:30:00.000Z', endsAt: '2027-03-29T10:30:00.000Z' };
    expect(meetingText(before, BRUSSELS, ISTANBUL, 'en', EN, 'medium')).toBe(
      '22 Mar 2027, 09:30–12:30 (Brussels time) · 11:30–14:30 your time (Istanbul)',
    );
    expect(meetingText(after, BRUSSELS, ISTANBUL, 'en', EN, 'medium')).toBe(
      '29 Mar 2027, 09:30–12:30 (Brussels time) · 10:30–13:30 your time (Istanbul)',
    );
  });

  it("names the reader's day when it is another one than the session's", () => {
    const earlyInAnkara = { startsAt: '2027-03-01T22:00:00.000Z', endsAt: '2027-03-02T01:00:00.000Z' };
    expect(meetingText(earlyInAnkara, ISTANBUL, 'America/New_York', 'en', EN)).toBe(
      'Tuesday, 2 March 2027, 01:00–04:00 (Istanbul time) · Mon 1 Mar, 17:00–20:00 your time (New York)',
    );
  });

  it('writes a meeting past midnight with both days', () => {
    const late = { startsAt: '2027-03-02T19:00:00.000Z', endsAt: '2027-03-02T22:30:00.000Z' };
    expect(meetingText(late, ISTANBUL, ISTANBUL, 'en', EN, 'medium')).toBe(
      '2 Mar 2027, 22:00 – 3 Mar 2027, 01:30 (Istanbul time)',
    );
  });

  it('writes a deadline in the zone with the reader’s clock beside it', () => {
    expect(momentText('2027-02-28T14:00:00.000Z', ISTANBUL, BRUSSELS, 'en', EN)).toBe(
      '28 Feb 2027, 17:00 (Istanbul time) · 15:00 your time (Brussels)',
    );
    expect(momentText('2027-02-28T14:00:00.000Z', ISTANBUL, ISTANBUL, 'tr', TR)).toBe(
      '28 Şub 2027, 17:00 (İstanbul saati)',
    );
  });

  it('knows the day of an instant in each zone around midnight UTC', () => {
    expect(dayIn('2027-03-01T21:30:00.000Z', ISTANBUL)).toBe('2027-03-02');
    expect(dayIn('2027-03-01T21:30:00.000Z', BRUSSELS)).toBe('2027-03-01');
    expect(sameWallClock('2027-03-01T21:30:00.000Z', ISTANBUL, BRUSSELS)).toBe(false);
    expect(sameWallClock('2027-03-01T21:30:00.000Z', ISTANBUL, 'Asia/Istanbul')).toBe(true);
  });
});
