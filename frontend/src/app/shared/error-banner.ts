import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorBody } from '@atolye/shared';
import { NETWORK_ERROR_STATUS } from '../core/api-error';

/**
 * Shows what went wrong, announced to screen readers as it appears. The API's own message is
 * shown unless the page gives a translated one; a failure without a message (offline, server
 * down) gets a translated fallback.
 */
@Component({
  selector: 'app-error-banner',
  imports: [MatIconModule, TranslatePipe],
  templateUrl: './error-banner.html',
  styleUrl: './error-banner.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorBanner {
  readonly error = input<ApiErrorBody | null>(null);
  /** A translation key that replaces the API's message. */
  readonly messageKey = input<string | null>(null);

  protected readonly fallbackKey = computed(() =>
    this.error()?.statusCode === NETWORK_ERROR_STATUS ? 'errors.network' : 'errors.unexpected',
  );
}
