import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { DateTime } from 'luxon';

/**
 * Date and time fields hold the date adapter's value (a Luxon DateTime, see date-inputs.ts): a
 * day, or a time of day. A session's dates and times are entered on the wall clock of the
 * session's zone, whatever the browser's, and the API speaks UTC instants.
 */

/** A date field's value as `YYYY-MM-DD`, or null when empty or not a date. */
export function isoDay(value: DateTime | null | undefined): string | null {
  return value?.isValid ? value.toISODate() : null;
}

/** A date field whose day may not come before the day in a sibling control (an end and its start). */
export function notBeforeDay(sibling: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const first = isoDay(control.parent?.get(sibling)?.value);
    const day = isoDay(control.value);
    return first && day && day < first ? { endBeforeStart: true } : null;
  };
}

/** A `YYYY-MM-DD` day as a date field's value. */
export function dayValue(iso: string | null | undefined): DateTime | null {
  const value = iso ? DateTime.fromISO(iso) : null;
  return value?.isValid ? value : null;
}

/** `HH:mm` as a time field's value. */
export function timeValue(hhmm: string): DateTime {
  return DateTime.fromFormat(hhmm, 'HH:mm');
}

/** The day and the time of day (as field values) an instant shows on the zone's wall clock. */
export function wallClock(instant: string | Date, zone: string): { day: DateTime; time: DateTime } {
  const value = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  const zoned = value.setZone(zone);
  return {
    day: DateTime.local(zoned.year, zoned.month, zoned.day),
    time: DateTime.fromObject({ hour: zoned.hour, minute: zoned.minute }),
  };
}

/**
 * The UTC instant of a day and a time of day on the zone's wall clock, or null when either is
 * missing or not valid. A time skipped by a daylight-saving change moves forward by the gap.
 */
export function toInstant(
  day: DateTime | null | undefined,
  time: DateTime | null | undefined,
  zone: string,
): string | null {
  if (!day?.isValid || !time?.isValid) return null;
  const value = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute },
    { zone },
  );
  return value.isValid ? value.toUTC().toISO() : null;
}

/** The day `days` after a date field's value. */
export function addDays(day: DateTime, days: number): DateTime {
  return day.plus({ days });
}
