import { bootstrapApplication } from '@angular/platform-browser';
import { Shell } from './app/shell/shell';
import { appConfig } from './app/app.config';

bootstrapApplication(Shell, appConfig).catch((error: unknown) => {
  // Nothing else can report a failed start: the page would otherwise stay blank.
  // eslint-disable-next-line no-console
  console.error(error);
});
