import { Pipe, PipeTransform } from '@angular/core';
import { DateTime } from 'luxon';

/** An event's days, `{ startsOn, endsOn }` as YYYY-MM-DD: "19–23 Oct 2026", or one day. */
@Pipe({ name: 'dayRange' })
export class DayRangePipe implements PipeTransform {
  transform(event: { startsOn: string; endsOn: string }, locale: string): string {
    const format = (iso: string) =>
      DateTime.fromISO(iso)
        .setLocale(locale)
        .toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
    return event.startsOn === event.endsOn
      ? format(event.startsOn)
      : `${format(event.startsOn)} – ${format(event.endsOn)}`;
  }
}
