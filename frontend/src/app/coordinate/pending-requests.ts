import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable, filter, finalize, of, switchMap } from 'rxjs';
import type { ApiErrorBody, EnrolmentSummary } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { confirmAction } from '../shared/confirm-dialog';
import { ErrorBanner } from '../shared/error-banner';
import { SessionsService } from './sessions.service';

/** Requests to join a session that needs approval, each approved or rejected here. */
@Component({
  selector: 'app-pending-requests',
  imports: [DatePipe, MatButtonModule, TranslatePipe, ErrorBanner],
  templateUrl: './pending-requests.html',
  styleUrl: './pending-requests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingRequests {
  private readonly service = inject(SessionsService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly locale = inject(LanguageService).locale;

  readonly requests = input.required<EnrolmentSummary[]>();
  readonly decided = output<EnrolmentSummary>();

  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected approve(request: EnrolmentSummary): void {
    this.decide(request, of(true), this.service.approve(request.id));
  }

  protected reject(request: EnrolmentSummary): void {
    const asked = confirmAction(this.dialog, {
      title: 'requests.rejectTitle',
      message: 'requests.rejectMessage',
      confirm: 'requests.reject',
      params: { name: request.person.fullName },
    });
    this.decide(request, asked, this.service.reject(request.id));
  }

  private decide(
    request: EnrolmentSummary,
    go: Observable<boolean>,
    call: Observable<EnrolmentSummary>,
  ): void {
    go.pipe(
      filter(Boolean),
      switchMap(() => {
        this.busy.set(request.id);
        this.error.set(null);
        return call.pipe(finalize(() => this.busy.set(null)));
      }),
    ).subscribe({
      next: (result) => {
        const key =
          result.status === 'rejected'
            ? 'requests.rejected'
            : result.status === 'waitlisted'
              ? 'requests.approvedWaitlisted'
              : 'requests.approved';
        this.snackBar.open(
          this.translate.instant(key, { name: result.person.fullName, position: result.waitlistPosition }),
          undefined,
          { duration: 5000 },
        );
        this.decided.emit(result);
      },
      error: (failure: unknown) => this.error.set(toApiError(failure)),
    });
  }
}
