import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeTr from '@angular/common/locales/tr';
import { type EnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { registerIcons } from '../core/icons';

/**
 * What every lazily loaded area needs before its first page: the icons and the locales' formats.
 * They are registered by the areas rather than by the app config so that the icon registry and
 * the locale data stay out of the first download.
 */
export const AREA_BASE_PROVIDERS: EnvironmentProviders[] = [
  provideEnvironmentInitializer(() => {
    registerIcons();
    // Dates and numbers are formatted in the reader's language (see LanguageService.locale).
    registerLocaleData(localeEnGb);
    registerLocaleData(localeTr);
  }),
];
