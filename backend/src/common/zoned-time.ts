import { DateTime, type DateTimeFormatOptions } from 'luxon';
import { zoneCity, type Language } from '@atolye/shared';

/**
 * Times in the place they happen (STYLE rule 20): instants are stored in UTC and everything a
 * person reads — mails, exports, PDFs, calendar files, error messages — shows them in the
 * session's IANA zone, naming it. "Today", windows and deadlines are worked out in that zone
 * too. Every server feature formats and reckons session times through this file.
 *
 * Luxon does the zone arithmetic (a wall time in a zone to an instant, days that are 23 or 25
 * hours long at a daylight-saving change), which Intl alone cannot do.
 */

/** A stored instant: a Date, or an ISO 8601 string with its offset. */
export type Instant = Date | string;

const LOCALES: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR' };
const ZONE_WORDS: Record<Language, (city: string) => string> = {
  en: (city) => `${city} time`,
  tr: (city) => `${city} saati`,
};
const FULL_DAY: DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const LONG_DATE: DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MEDIUM_DATE: DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const CLOCK: DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function inZone(instant: Instant, zone: string, language: Language = 'en'): DateTime {
  const value = instant instanceof Date ? DateTime.fromJSDate(instant) : DateTime.fromISO(instant);
  const zoned = value.setZone(zone).setLocale(LOCALES[language]);
  if (!zoned.isValid) throw new RangeError(`Cannot show ${String(instant)} in time zone "${zone}"`);
  return zoned;
}

/** The zone as a reader knows it: "Istanbul time", "İstanbul saati". */
export function zoneName(zone: string, language: Language): string {
  return ZONE_WORDS[language](zoneCity(zone, language));
}

/** The date in the zone: "2 March 2027", "2 Mart 2027" (`medium`: "2 Mar 2027"). */
export function formatDate(
  instant: Instant,
  zone: string,
  language: Language,
  style: 'long' | 'medium' = 'long',
): string {
  return inZone(instant, zone, language).toLocaleString(style === 'long' ? LONG_DATE : MEDIUM_DATE);
}

/** The day with its weekday: "Tuesday, 2 March 2027", "2 Mart 2027 Salı". */
export function formatDay(instant: Instant, zone: string, language: Language): string {
  return inZone(instant, zone, language).toLocaleString(FULL_DAY);
}

/** The wall-clock time in the zone, without naming it: "09:30". */
export function formatClock(instant: Instant, zone: string, language: Language): string {
  return inZone(instant, zone, language).toLocaleString(CLOCK);
}

/** A moment, zone named: "1 March 2027, 17:00 (Istanbul time)". */
export function formatDateTime(
  instant: Instant,
  zone: string,
  language: Language,
  style: 'long' | 'medium' = 'long',
): string {
  const date = formatDate(instant, zone, language, style);
  return `${date}, ${formatClock(instant, zone, language)} (${zoneName(zone, language)})`;
}

/**
 * A meeting, zone named: "Tuesday, 2 March 2027, 09:30–12:30 (Istanbul time)"; one that ends on
 * a later day names both days. `medium` writes the date short ("2 Mar 2027") without weekday.
 */
export function formatMeeting(
  start: Instant,
  end: Instant,
  zone: string,
  language: Language,
  style: 'full' | 'medium' = 'full',
): string {
  const day = (instant: Instant) =>
    style === 'full' ? formatDay(instant, zone, language) : formatDate(instant, zone, language, 'medium');
  const from = `${day(start)}, ${formatClock(start, zone, language)}`;
  const until = sameLocalDay(start, end, zone)
    ? `–${formatClock(end, zone, language)}`
    : ` – ${day(end)}, ${formatClock(end, zone, language)}`;
  return `${from}${until} (${zoneName(zone, language)})`;
}

/** The instant as a zone-aware value, for libraries that write wall-clock times (iCalendar). */
export function toZoned(instant: Instant, zone: string): DateTime {
  return inZone(instant, zone);
}

/** The calendar date in the zone, `YYYY-MM-DD`. */
export function localDate(instant: Instant, zone: string): string {
  return inZone(instant, zone).toISODate() as string;
}

/** Whether two instants fall on the same calendar day in the zone ("today" is `sameLocalDay(x, now)`). */
export function sameLocalDay(a: Instant, b: Instant, zone: string): boolean {
  return localDate(a, zone) === localDate(b, zone);
}

/** The instant the zone's day that holds `instant` begins (not always 24 hours before the next). */
export function startOfLocalDay(instant: Instant, zone: string): Date {
  return inZone(instant, zone).startOf('day').toJSDate();
}

/**
 * The instant a wall-clock time happens in the zone: `atLocalTime('2027-03-02', '09:30', zone)`.
 * A time skipped by a daylight-saving change moves forward by the gap (02:30 → 03:30).
 */
export function atLocalTime(date: string, time: string, zone: string): Date {
  const value = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!value.isValid) throw new RangeError(`${date} ${time} is not a time in "${zone}"`);
  return value.toJSDate();
}

/** The same wall-clock time `days` later in the zone, across daylight-saving changes. */
export function addLocalDays(instant: Instant, days: number, zone: string): Date {
  return inZone(instant, zone).plus({ days }).toJSDate();
}
