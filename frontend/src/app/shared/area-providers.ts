import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeTr from '@angular/common/locales/tr';
import { type EnvironmentProviders, type Provider, provideEnvironmentInitializer } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { registerIcons } from '../core/icons';

/**
 * Providers every lazily loaded area adds on its top route. They live here rather than in the
 * app config so that the form field, the icon registry and the locales' formats (and what they
 * pull in) stay out of the first download.
 */
export const AREA_PROVIDERS: (Provider | EnvironmentProviders)[] = [
  {
    provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
    useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions,
  },
  provideEnvironmentInitializer(() => {
    registerIcons();
    // Dates and numbers are formatted in the reader's language (see LanguageService.locale).
    registerLocaleData(localeEnGb);
    registerLocaleData(localeTr);
  }),
];
