import { Pipe, PipeTransform, inject } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';

/**
 * The first problem of a form control, in words: `{{ control.errors | fieldError }}` inside a
 * mat-error. A reason the API gave (`server`) is shown as it came.
 * Impure so the text follows a language switch.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    // A date or time typed in another shape than the language's (the pickers' parse errors) is empty too.
    if (errors['matDatepickerParse']) return this.translate.instant('time.dateInvalid');
    if (errors['matTimepickerParse']) return this.translate.instant('time.timeInvalid');
    if (errors['required']) return this.translate.instant('validation.required');
    if (errors['email']) return this.translate.instant('validation.email');
    if (errors['minlength']) {
      return this.translate.instant('validation.minLength', { min: errors['minlength'].requiredLength });
    }
    if (errors['maxlength']) {
      return this.translate.instant('validation.maxLength', { max: errors['maxlength'].requiredLength });
    }
    if (errors['min']) return this.translate.instant('validation.min', { min: errors['min'].min });
    if (errors['max']) return this.translate.instant('validation.max', { max: errors['max'].max });
    if (errors['modulesRequired']) return this.translate.instant('validation.modulesRequired');
    if (errors['languagesRequired']) return this.translate.instant('validation.languagesRequired');
    if (errors['endBeforeStart']) return this.translate.instant('validation.endBeforeStart');
    if (errors['closesBeforeOpens']) return this.translate.instant('validation.closesBeforeOpens');
    if (errors['countryCode']) return this.translate.instant('validation.countryCode');
    if (errors['website']) return this.translate.instant('validation.website');
    if (errors['organisation']) return this.translate.instant('validation.organisation');
    if (errors['passwordsDiffer']) return this.translate.instant('validation.passwordsDiffer');
    if (errors['rolesRequired']) return this.translate.instant('validation.rolesRequired');
    if (typeof errors['server'] === 'string') return errors['server'];
    return this.translate.instant('validation.invalid');
  }
}
