import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeTr from '@angular/common/locales/tr';
import { bootstrapApplication } from '@angular/platform-browser';
import { Shell } from './app/shell/shell';
import { appConfig } from './app/app.config';

// Dates and numbers are formatted in the reader's language (see LanguageService.locale).
registerLocaleData(localeEnGb);
registerLocaleData(localeTr);

bootstrapApplication(Shell, appConfig).catch((error: unknown) => {
  // Nothing else can report a failed start: the page would otherwise stay blank.
  // eslint-disable-next-line no-console
  console.error(error);
});
