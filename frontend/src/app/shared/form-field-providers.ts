import type { Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';

/**
 * How form fields look. Naming the form field's defaults loads the form field (and the forms
 * package with it), so a file that imports this is never on the way to a page without fields
 * (a lesson, a reading path).
 */
export const FORM_FIELD_PROVIDERS: Provider[] = [
  {
    provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
    useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions,
  },
];
