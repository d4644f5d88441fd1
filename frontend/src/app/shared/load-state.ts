import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ApiErrorBody } from '@atolye/shared';
import { ErrorBanner } from './error-banner';
import { LoadingBar } from './loading-bar';

/** What went wrong, if anything, and a moving bar while the page's data loads. */
@Component({
  selector: 'app-load-state',
  imports: [ErrorBanner, LoadingBar],
  template: `<app-error-banner [error]="error()" />
    <app-loading-bar [loading]="loading()" [label]="label()" [keepSpace]="keepSpace()" />`,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadState {
  readonly error = input<ApiErrorBody | null>(null);
  readonly loading = input.required<boolean>();
  /** Translation key of the loading bar's accessible name. */
  readonly label = input('common.loading');
  readonly keepSpace = input(false);
}
