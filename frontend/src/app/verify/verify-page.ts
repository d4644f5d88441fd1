import { HttpStatusCode } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { CredentialCheckPanel } from './credential-check';
import { VerificationResult } from './verification-result';
import { codeFrom, readAsBase64 } from './verification-code';
import { VerificationService } from './verification.service';
import { LoadingBar } from '../shared/loading-bar';

/** A certificate is under 100 KB; the API refuses files much larger than this. */
const MAX_FILE_BYTES = 1_000_000;

type Lookup = { by: 'code'; code: string } | { by: 'file'; fileName: string; contentBase64: string };

/** Anyone checks a certificate: by the code from its QR (prefilled from the address) or by its PDF. */
@Component({
  selector: 'app-verify-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LoadingBar,
    TranslatePipe,
    ErrorBanner,
    VerificationResult,
    CredentialCheckPanel,
  ],
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPage {
  private readonly service = inject(VerificationService);
  private readonly router = inject(Router);

  /** From the address `/verify/:code`, as the QR code on the PDF gives it. */
  readonly code = input<string>();

  protected readonly draft = linkedSignal(() => this.code() ?? '');
  protected readonly lookup = linkedSignal<Lookup | null>(() => {
    const code = codeFrom(this.code() ?? '');
    return code ? { by: 'code', code } : null;
  });
  protected readonly result = rxResource({
    params: () => this.lookup() ?? undefined,
    stream: ({ params }) =>
      params.by === 'code' ? this.service.byCode(params.code) : this.service.byFile(params.contentBase64),
  });
  private readonly failure = computed(() => (this.result.error() ? toApiError(this.result.error()) : null));
  protected readonly notFound = computed(() => this.failure()?.statusCode === HttpStatusCode.NotFound);
  protected readonly rateLimited = computed(
    () => this.failure()?.statusCode === HttpStatusCode.TooManyRequests,
  );
  /** Anything else (offline, server error) is shown as it came. */
  protected readonly otherError = computed(() =>
    this.notFound() || this.rateLimited() ? null : this.failure(),
  );
  protected readonly empty = signal(false);
  protected readonly fileProblem = signal<'tooBig' | 'unreadable' | null>(null);

  protected check(event: Event): void {
    event.preventDefault();
    const code = codeFrom(this.draft());
    this.empty.set(!code);
    if (!code) return;
    this.fileProblem.set(null);
    // A new code gets its own address (to share or bookmark); the same one is simply asked again.
    if (code !== this.code()) void this.router.navigate(['/verify', code]);
    else this.lookup.set({ by: 'code', code });
  }

  protected async checkFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.fileProblem.set(null);
    if (file.size > MAX_FILE_BYTES) {
      this.fileProblem.set('tooBig');
      return;
    }
    try {
      this.lookup.set({ by: 'file', fileName: file.name, contentBase64: await readAsBase64(file) });
    } catch {
      // The browser could not read the file (moved, no permission): nothing was sent.
      this.fileProblem.set('unreadable');
    }
  }
}
