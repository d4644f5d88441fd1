import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiErrorBody, FieldError } from '@atolye/shared';

export { NETWORK_ERROR_STATUS } from './network-status';

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).message === 'string';
}

/**
 * Turns whatever an HTTP call failed with into the API's error shape, so every page shows
 * errors the same way. A missing body (network failure, proxy page) gets an empty message:
 * the page then shows its own translated fallback.
 */
export function toApiError(error: unknown): ApiErrorBody {
  // Signal resources may wrap what a request failed with; the HTTP error is then its cause.
  if (error instanceof Error && !(error instanceof HttpErrorResponse) && error.cause)
    return toApiError(error.cause);
  if (error instanceof HttpErrorResponse) {
    if (isApiErrorBody(error.error)) return error.error;
    return { statusCode: error.status, error: error.statusText, message: '' };
  }
  return { statusCode: 500, error: 'Error', message: '' };
}

/**
 * Puts each per-field reason the API returned on the matching form control (as the `server`
 * error, shown by mat-error) and returns the reasons no control took. `controlPath` maps an API
 * field (`title.en`, `meetings.1.endsAt`) to the form's own path when the two differ; by default
 * the field's first segment names the control.
 */
export function applyFieldErrors(
  form: FormGroup,
  details: FieldError[] | undefined,
  controlPath: (field: string) => string = (field) => field.split('.')[0],
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const detail of details ?? []) {
    const control: AbstractControl | null = form.get(controlPath(detail.field));
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: detail.reason });
      control.markAsTouched();
    } else {
      unmatched.push(detail);
    }
  }
  return unmatched;
}
