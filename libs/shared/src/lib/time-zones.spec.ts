import { canonicalTimeZone, TIME_ZONE_CHOICES, timeZoneOfCountry, zoneCity } from './time-zones';

describe('time zones', () => {
  it('accepts IANA zones, correcting their letter case, and refuses anything else', () => {
    expect(canonicalTimeZone('Europe/Istanbul')).toBe('Europe/Istanbul');
    expect(canonicalTimeZone('europe/brussels')).toBe('Europe/Brussels');
    expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimeZone('Ankara')).toBeNull();
    expect(canonicalTimeZone('+03:00')).toBeNull();
    expect(canonicalTimeZone('Etc/GMT-3')).toBe('Etc/GMT-3');
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('offers only zones the runtime knows, each once', () => {
    for (const choice of TIME_ZONE_CHOICES) expect(canonicalTimeZone(choice.id)).toBe(choice.id);
    expect(new Set(TIME_ZONE_CHOICES.map((c) => c.id)).size).toBe(TIME_ZONE_CHOICES.length);
  });

  it("gives a venue its country's zone where the country has one", () => {
    expect(timeZoneOfCountry('TR')).toBe('Europe/Istanbul');
    expect(timeZoneOfCountry('be')).toBe('Europe/Brussels');
    expect(timeZoneOfCountry('US')).toBeNull();
  });

  it('names a zone by its city in each language', () => {
    expect(zoneCity('Europe/Istanbul', 'tr')).toBe('İstanbul');
    expect(zoneCity('Europe/Brussels', 'en')).toBe('Brussels');
    expect(zoneCity('America/Argentina/Buenos_Aires', 'tr')).toBe('Buenos Aires');
  });
});
