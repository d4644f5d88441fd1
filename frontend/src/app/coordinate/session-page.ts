import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, finalize, switchMap } from 'rxjs';
import type { ApiErrorBody, EnrolmentSummary, SessionDetail } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { confirmAction } from '../shared/confirm-dialog';
import { ErrorBanner } from '../shared/error-banner';
import { RosterTable } from '../shared/roster-table';
import { refreshableResource } from '../shared/refreshable-resource';
import { SessionCards } from '../shared/session-cards';
import { EnrolPerson } from './enrol-person';
import { EnrolmentImport } from './enrolment-import';
import { PendingRequests } from './pending-requests';
import { QuizDeadlinesEditor } from './quiz-deadlines-editor';
import { SessionsService } from './sessions.service';
import { WithdrawDialog } from './withdraw-dialog';
import { SessionRunningLinks } from '../teach/attendance/session-running-links';
import { LoadingBar } from '../shared/loading-bar';
import { LoadState } from '../shared/load-state';

/** One session as its coordinator runs it: details, meetings, requests, roster and imports. */
@Component({
  selector: 'app-session-page',
  imports: [
    LoadingBar,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    LoadState,
    TranslatePipe,
    ErrorBanner,
    RosterTable,
    SessionCards,
    EnrolPerson,
    EnrolmentImport,
    PendingRequests,
    QuizDeadlinesEditor,
    SessionRunningLinks,
  ],
  templateUrl: './session-page.html',
  styleUrl: './session-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionPage {
  private readonly service = inject(SessionsService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly id = input.required<string>();

  private readonly loaded = refreshableResource({
    params: () => this.id(),
    stream: (id) => this.service.get(id),
  });
  protected readonly session = linkedSignal<SessionDetail | undefined>(() => this.loaded.value());
  protected readonly roster = refreshableResource({
    params: () => this.id(),
    stream: (id) => this.service.roster(id),
  });
  protected readonly enrolments = computed(() => this.roster.value() ?? []);
  protected readonly pending = computed(() => this.enrolments().filter((e) => e.status === 'pending'));
  protected readonly loadError = computed(() => this.loaded.error() ?? this.roster.error());
  protected readonly behind = computed(() => {
    const s = this.session();
    return !!s && s.revision < s.latestRevision;
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly rosterCsvUrl = computed(() => this.service.rosterExportUrl(this.id(), 'csv'));
  protected readonly rosterXlsxUrl = computed(() => this.service.rosterExportUrl(this.id(), 'xlsx'));

  /** Asks for the reason, then withdraws; seats and the waiting list change with it. */
  protected withdraw(enrolment: EnrolmentSummary): void {
    this.dialog
      .open<WithdrawDialog, EnrolmentSummary, EnrolmentSummary>(WithdrawDialog, {
        data: enrolment,
        width: '480px',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.refresh();
        this.snackBar.open(
          this.translate.instant('roster.withdrawn', { name: enrolment.person.fullName }),
          undefined,
          { duration: 5000 },
        );
      });
  }

  /** Seats, waiting list and roster change together after any enrolment decision. */
  protected refresh(): void {
    this.loaded.refresh();
    this.roster.refresh();
  }

  protected moveToLatest(session: SessionDetail): void {
    confirmAction(this.dialog, {
      title: 'sessions.moveTitle',
      message: 'sessions.moveMessage',
      confirm: 'sessions.move',
      params: { revision: session.latestRevision },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          this.error.set(null);
          return this.service.moveToLatestRevision(session.id).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: (moved) => {
          this.session.set(moved);
          this.roster.refresh();
          this.snackBar.open(
            this.translate.instant('sessions.moved', { revision: moved.revision }),
            undefined,
            {
              duration: 5000,
            },
          );
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
