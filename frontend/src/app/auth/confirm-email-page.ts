import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorBody } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { takeReturnAfterConfirmation } from '../core/return-url';
import { ErrorBanner } from '../shared/error-banner';
import { LoadingBar } from '../shared/loading-bar';

/** The shape of the token a confirmation link carries; anything else is not worth sending. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

type Outcome = 'confirming' | 'confirmed' | 'refused' | 'failed';

/** Where the mailed confirmation link leads: the account opens, and the person can sign in. */
@Component({
  selector: 'app-confirm-email-page',
  imports: [RouterLink, MatCardModule, MatButtonModule, LoadingBar, TranslatePipe, ErrorBanner],
  templateUrl: './confirm-email-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmEmailPage implements OnInit {
  private readonly auth = inject(AuthService);

  /** From the link's `token` query parameter. */
  readonly token = input<string>();

  protected readonly outcome = signal<Outcome>('confirming');
  /** Where the visitor was going when they registered, for the sign-in that follows. */
  protected readonly returnUrl = signal<string | null>(null);
  protected readonly error = signal<ApiErrorBody | null>(null);

  ngOnInit(): void {
    const token = this.token() ?? '';
    if (!TOKEN.test(token)) {
      this.outcome.set('refused');
      return;
    }
    this.auth.confirmRegistration(token).subscribe({
      next: () => {
        this.returnUrl.set(takeReturnAfterConfirmation());
        this.outcome.set('confirmed');
      },
      error: (failure: unknown) => {
        const body = toApiError(failure);
        // The link itself was refused (unknown, used or expired); anything else may pass on a retry.
        if (body.details?.some((d) => d.field === 'token')) this.outcome.set('refused');
        else {
          this.error.set(body);
          this.outcome.set('failed');
        }
      },
    });
  }
}
