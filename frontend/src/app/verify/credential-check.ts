import { DatePipe } from '@angular/common';
import { HttpStatusCode } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { CREDENTIAL_FILE_MAX_CHARS, type CredentialCheckOutcome } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { LocalisedPipe } from '../shared/localised';
import { VerificationService } from './verification.service';
import { LoadingBar } from '../shared/loading-bar';

const OUTCOME_ICONS: Record<CredentialCheckOutcome, string> = {
  valid: 'verified',
  revoked: 'block',
  tampered: 'error',
  not_ours: 'cancel',
};

/** Anyone uploads an Open Badge credential file and reads, in words, what the check found. */
@Component({
  selector: 'app-credential-check',
  imports: [DatePipe, MatButtonModule, MatIconModule, LoadingBar, TranslatePipe, ErrorBanner, LocalisedPipe],
  templateUrl: './credential-check.html',
  styleUrl: './credential-check.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialCheckPanel {
  private readonly service = inject(VerificationService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;

  protected readonly upload = signal<{ fileName: string; content: string } | null>(null);
  protected readonly fileProblem = signal<'tooBig' | 'unreadable' | null>(null);
  protected readonly result = rxResource({
    params: () => this.upload() ?? undefined,
    stream: ({ params }) => this.service.byCredential(params.content),
  });
  private readonly failure = computed(() => (this.result.error() ? toApiError(this.result.error()) : null));
  protected readonly rateLimited = computed(
    () => this.failure()?.statusCode === HttpStatusCode.TooManyRequests,
  );
  /** A file that is not a credential (not JSON, not a verifiable credential): the API says why. */
  protected readonly notACredential = computed(() =>
    this.failure()?.statusCode === HttpStatusCode.BadRequest ? this.failure() : null,
  );
  protected readonly otherError = computed(() =>
    this.rateLimited() || this.notACredential() ? null : this.failure(),
  );
  protected readonly icon = computed(() =>
    this.result.hasValue() ? OUTCOME_ICONS[this.result.value().outcome] : 'error',
  );

  protected async choose(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.fileProblem.set(null);
    if (file.size > CREDENTIAL_FILE_MAX_CHARS * 4) {
      this.fileProblem.set('tooBig');
      return;
    }
    try {
      this.upload.set({ fileName: file.name, content: await file.text() });
    } catch {
      // The browser could not read the file (moved, no permission): nothing was sent.
      this.fileProblem.set('unreadable');
    }
  }
}
