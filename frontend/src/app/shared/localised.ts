import { Pipe, PipeTransform } from '@angular/core';
import type { Language, LocalisedText } from '@atolye/shared';
import { localise } from './localise';

/** `{{ training.title | localised: language() }}` */
@Pipe({ name: 'localised' })
export class LocalisedPipe implements PipeTransform {
  transform(text: LocalisedText | null | undefined, language: Language): string {
    return localise(text, language);
  }
}
