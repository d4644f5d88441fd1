import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorBody } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { errorWording } from './error-wording';

/** Shows what went wrong, in the reader's language, announced to screen readers as it appears. */
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

  private readonly language = inject(LanguageService).current;

  protected readonly said = computed(() => {
    const failure = this.error();
    return failure ? errorWording(failure, this.language(), this.messageKey()) : null;
  });
}
