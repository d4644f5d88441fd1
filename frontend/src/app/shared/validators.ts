import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Mirrors the API's rules so most mistakes are caught before sending. */

export const countryCode: ValidatorFn = (control) =>
  !control.value || /^[A-Za-z]{2}$/.test(String(control.value).trim()) ? null : { countryCode: true };

export const website: ValidatorFn = (control) =>
  !control.value || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(String(control.value).trim())
    ? null
    : { website: true };

/** The organisation field holds the picked option, not just typed text. */
export const organisationPicked: ValidatorFn = (control) =>
  !control.value || typeof control.value === 'object' ? null : { organisation: true };

/** A confirmation field that must equal a sibling control's value. */
export function sameAs(sibling: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null =>
    control.value && control.value !== control.parent?.get(sibling)?.value ? { passwordsDiffer: true } : null;
}
