import { Pipe, PipeTransform } from '@angular/core';

/** `'TR' | countryName: locale()` → "Türkiye" / "Turkey"; an unknown code is shown as it is. */
@Pipe({ name: 'countryName' })
export class CountryNamePipe implements PipeTransform {
  transform(code: string | null | undefined, locale: string): string {
    if (!code) return '';
    try {
      return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
    } catch {
      // Not a valid region code for Intl: the code itself is still meaningful to the reader.
      return code;
    }
  }
}
