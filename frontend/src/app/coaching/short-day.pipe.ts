import { Pipe, PipeTransform } from '@angular/core';
import { DateTime } from 'luxon';

/** A `YYYY-MM-DD` day in the reader's language: "10 Feb 2027", "10 Şub 2027". */
@Pipe({ name: 'shortDay' })
export class ShortDayPipe implements PipeTransform {
  transform(day: string, locale: string): string {
    return DateTime.fromISO(day)
      .setLocale(locale)
      .toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
  }
}
