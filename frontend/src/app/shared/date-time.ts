/**
 * Date and time inputs hold the viewer's local wall-clock time; the API speaks UTC ISO strings.
 * These helpers convert between the two in the browser's own time zone.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant, in the local time zone (for `<input type="date">`). */
export function localDate(value: string | Date): string {
  const date = new Date(value);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `HH:mm` of an instant, in the local time zone (for `<input type="time">`). */
export function localTime(value: string | Date): string {
  const date = new Date(value);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The UTC ISO string of a local date and time, or null when either is missing or malformed. */
export function toIsoInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const instant = new Date(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The instant `days` from `from`, at the same local time. */
export function addDays(from: Date, days: number): Date {
  const date = new Date(from);
  date.setDate(date.getDate() + days);
  return date;
}
