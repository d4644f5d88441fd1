import type { EnvironmentProviders, Provider } from '@angular/core';
import { AREA_BASE_PROVIDERS } from './area-base-providers';
import { FORM_FIELD_PROVIDERS } from './form-field-providers';

/**
 * Providers an area adds on its top route when most of its pages have form fields: the base
 * (icons, locales) and the form fields' look. Kept out of the app config, and so out of the
 * first download.
 */
export const AREA_PROVIDERS: (Provider | EnvironmentProviders)[] = [
  ...AREA_BASE_PROVIDERS,
  ...FORM_FIELD_PROVIDERS,
];
