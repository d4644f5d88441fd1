import { zoneCity, type Language } from '@atolye/shared';

/**
 * Times in the place they happen (STYLE rule 20): a session's times are shown on the wall clock
 * of the session's zone, naming it — "14:00–17:00 (Istanbul time)" — with the reader's own time
 * beside them when the reader's clock says something else. Every page shows session times
 * through this file; it needs nothing but Intl, so it stays out of the way of the first download.
 */

/** The reader's own zone: the browser's. */
export function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

const LOCALES: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR' };
const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
};
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** Building an Intl formatter costs far more than using one: one per locale, zone and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, zone: string, style: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${zone}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

/** The date of an instant in the zone: "2 Mar 2027" (medium), "Tuesday, 2 March 2027" (full). */
export function dateIn(
  instant: string,
  zone: string,
  language: Language,
  style: DateStyle = 'medium',
): string {
  return formatter(LOCALES[language], zone, style, DATE_STYLES[style]).format(new Date(instant));
}

/** The wall-clock time of an instant in the zone: "09:30". */
export function clockIn(instant: string, zone: string, language: Language): string {
  return formatter(LOCALES[language], zone, 'clock', CLOCK).format(new Date(instant));
}

/** The calendar day of an instant in the zone, `YYYY-MM-DD`. */
export function dayIn(instant: string, zone: string): string {
  const parts = formatter('en-US', zone, 'day', DAY).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether two zones' wall clocks read the same at this instant (no need to say it twice). */
export function sameWallClock(instant: string, zone: string, other: string): boolean {
  return (
    dayIn(instant, zone) === dayIn(instant, other) &&
    clockIn(instant, zone, 'en') === clockIn(instant, other, 'en')
  );
}

/** The words around the times, in the reader's language (the portal's translations). */
export interface ZoneWords {
  /** "Istanbul time". */
  zoneName(city: string): string;
  /** "07:30–10:30 your time (Brussels)". */
  readerTime(time: string, city: string): string;
}

function dayAndClock(instant: string, zone: string, language: Language, style: DateStyle): string {
  return `${dateIn(instant, zone, language, style)}, ${clockIn(instant, zone, language)}`;
}

/** Adds the reader's own clock when it reads differently, with the day when that differs too. */
function withReader(
  text: string,
  start: string,
  end: string | null,
  zone: string,
  reader: string,
  language: Language,
  words: ZoneWords,
): string {
  if (sameWallClock(start, zone, reader) && (end === null || sameWallClock(end, zone, reader))) return text;
  let time = clockIn(start, reader, language);
  if (dayIn(start, reader) !== dayIn(start, zone))
    time = `${dateIn(start, reader, language, 'short')}, ${time}`;
  if (end !== null) time = `${time}–${clockIn(end, reader, language)}`;
  return `${text} · ${words.readerTime(time, zoneCity(reader, language))}`;
}

/**
 * A meeting: "Tuesday, 2 March 2027, 09:30–12:30 (Istanbul time) · 07:30–10:30 your time
 * (Brussels)". `medium` writes the day short ("2 Mar 2027"), `none` leaves it out.
 */
export function meetingText(
  meeting: { startsAt: string; endsAt: string },
  zone: string,
  reader: string,
  language: Language,
  words: ZoneWords,
  day: 'full' | 'medium' | 'none' = 'full',
): string {
  const { startsAt: start, endsAt: end } = meeting;
  const sameDay = dayIn(start, zone) === dayIn(end, zone);
  const from = day === 'none' ? clockIn(start, zone, language) : dayAndClock(start, zone, language, day);
  const to = sameDay ? clockIn(end, zone, language) : dayAndClock(end, zone, language, 'medium');
  const times = `${from}${sameDay ? '–' : ' – '}${to} (${words.zoneName(zoneCity(zone, language))})`;
  return withReader(times, start, end, zone, reader, language, words);
}

/** A moment such as a deadline: "1 Mar 2027, 17:00 (Istanbul time) · 15:00 your time (Brussels)". */
export function momentText(
  instant: string,
  zone: string,
  reader: string,
  language: Language,
  words: ZoneWords,
): string {
  const text = `${dayAndClock(instant, zone, language, 'medium')} (${words.zoneName(zoneCity(zone, language))})`;
  return withReader(text, instant, null, zone, reader, language, words);
}
