import { Pipe, PipeTransform } from '@angular/core';
import { provinceName } from '@atolye/shared';

/** `'TR-27' | provinceName` → "Gaziantep". */
@Pipe({ name: 'provinceName' })
export class ProvinceNamePipe implements PipeTransform {
  transform(code: string): string {
    return provinceName(code);
  }
}
