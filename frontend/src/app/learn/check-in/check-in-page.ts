import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, CheckInResult } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { ErrorBanner } from '../../shared/error-banner';
import { ZonedTime } from '../../shared/zoned-time.pipes';
import { CheckInService } from './check-in.service';
import { LoadingBar } from '../../shared/loading-bar';

/** Translated explanations for the answers a check-in can get; a 409 is said by its error code. */
const CHECK_IN_MESSAGES: Record<number, string> = {
  400: 'checkIn.errors.wrongCode',
  403: 'checkIn.errors.notEnrolled',
  404: 'checkIn.errors.noMeeting',
};

const SIX_DIGITS = /^\d{6}$/;

/**
 * A trainee's check-in: opened from the room's QR code it checks in straight away; otherwise the
 * trainee types the six digits shown on the screen.
 */
@Component({
  selector: 'app-check-in-page',
  imports: [
    LoadingBar,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    ErrorBanner,
  ],
  templateUrl: './check-in-page.html',
  styleUrl: './check-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInPage implements OnInit {
  private readonly service = inject(CheckInService);
  private readonly language = inject(LanguageService).current;
  private readonly zoned = inject(ZonedTime);

  /** From the QR link: `/check-in/:meetingId?code=123456`. */
  readonly meetingId = input<string>();
  readonly code = input<string>();

  protected readonly codeControl = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(SIX_DIGITS)],
  });
  protected readonly form = new FormGroup({ code: this.codeControl });
  protected readonly busy = signal(false);
  protected readonly result = signal<CheckInResult | null>(null);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly errorKey = computed(() => {
    const error = this.error();
    return error ? (CHECK_IN_MESSAGES[error.statusCode] ?? null) : null;
  });

  ngOnInit(): void {
    const code = (this.code() ?? '').replace(/\s/g, '');
    if (SIX_DIGITS.test(code)) this.send(code);
  }

  protected submit(): void {
    const code = this.codeControl.value.replace(/\s/g, '');
    if (!SIX_DIGITS.test(code)) {
      this.codeControl.markAsTouched();
      return;
    }
    this.send(code);
  }

  private send(code: string): void {
    this.busy.set(true);
    this.error.set(null);
    this.service
      .checkIn({ code, meetingId: this.meetingId() || undefined })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (result) => this.result.set(result),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          this.error.set(this.withOpeningTime(body));
          this.codeControl.setValue('');
        },
      });
  }

  /**
   * "Not open yet" names the opening time as an ISO instant and the session's zone: shown in the
   * reader's language on the session's clock, naming it, with the reader's own beside it.
   */
  private withOpeningTime(body: ApiErrorBody): ApiErrorBody {
    const opensAt = body.params?.['opensAt'];
    const zone = body.params?.['timeZone'];
    if (
      body.code !== 'checkIn.notOpenYet' ||
      typeof opensAt !== 'string' ||
      typeof zone !== 'string' ||
      Number.isNaN(Date.parse(opensAt))
    )
      return body;
    return { ...body, params: { time: this.zoned.moment(opensAt, zone, this.language()) } };
  }
}
