import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, finalize, switchMap } from 'rxjs';
import type { ApiErrorBody, MyEnrolment } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { MeetingTimePipe } from '../shared/zoned-time.pipes';
import { confirmAction } from '../shared/confirm-dialog';
import { EnrolmentStatusChip } from '../shared/enrolment-status';
import { ErrorBanner } from '../shared/error-banner';
import { localise } from '../shared/localise';
import { LocalisedPipe } from '../shared/localised';
import { ProgressMeter } from '../shared/progress-meter';
import { refreshableResource } from '../shared/refreshable-resource';
import { SessionCalendarLink } from '../profile/calendar/session-calendar-link';
import { CheckInLink } from './check-in/check-in-link';
import { EvaluationPrompt } from './evaluation/evaluation-prompt';
import { LearningService } from './learning.service';
import { LoadState } from '../shared/load-state';

/** The trainee's enrolments: status, progress, the next meeting, and a way to continue or withdraw. */
@Component({
  selector: 'app-my-learning-page',
  imports: [
    LoadState,
    MeetingTimePipe,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    EnrolmentStatusChip,
    ErrorBanner,
    LocalisedPipe,
    ProgressMeter,
    CheckInLink,
    EvaluationPrompt,
    SessionCalendarLink,
  ],
  templateUrl: './my-learning-page.html',
  styleUrl: './my-learning-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyLearningPage {
  private readonly service = inject(LearningService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;

  protected readonly enrolments = refreshableResource({ stream: () => this.service.myEnrolments() });
  /** Enrolments with a seat first, then by when they start. */
  protected readonly items = computed(() =>
    [...(this.enrolments.value() ?? [])].sort(
      (a, b) =>
        Number(b.status === 'enrolled') - Number(a.status === 'enrolled') ||
        (a.session.startsAt ?? '').localeCompare(b.session.startsAt ?? ''),
    ),
  );
  protected readonly loadError = this.enrolments.error;
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly busy = signal<string | null>(null);

  protected canRead(enrolment: MyEnrolment): boolean {
    return enrolment.status === 'enrolled' || enrolment.status === 'completed';
  }

  protected withdraw(enrolment: MyEnrolment): void {
    const training = localise(enrolment.training.title, this.language());
    confirmAction(this.dialog, {
      title: 'myLearning.withdrawTitle',
      message: 'myLearning.withdrawMessage',
      confirm: 'myLearning.withdraw',
      params: { training, session: enrolment.session.title },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(enrolment.id);
          this.error.set(null);
          return this.service.withdraw(enrolment.id).pipe(finalize(() => this.busy.set(null)));
        }),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(this.translate.instant('myLearning.withdrawn', { training }), undefined, {
            duration: 5000,
          });
          this.enrolments.refresh();
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
