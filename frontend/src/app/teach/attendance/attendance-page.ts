import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter } from 'rxjs';
import { DEFAULT_TIME_ZONE, type AttendanceRow, type AttendanceSheet } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { MeetingTimePipe, ZonedTime } from '../../shared/zoned-time.pipes';
import { TeachingService } from '../teaching.service';
import { AttendanceGrid } from './attendance-grid';
import { defaultMeetingId } from './attendance-rows';
import { AttendanceService } from './attendance.service';
import { MeetingMarks } from './meeting-marks';
import { MergeWalkInDialog } from './merge-walk-in-dialog';
import { WalkInDialog, type WalkInDialogData } from './walk-in-dialog';
import { type SessionArea, sessionsPath } from './area';
import { LoadState } from '../../shared/load-state';

/**
 * The attendance sheet of a session, for its trainers and for coordinators (the same page under
 * both areas): one meeting marked at a time, the whole sheet at a glance, walk-ins and exports.
 */
@Component({
  selector: 'app-attendance-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    LoadState,
    AttendanceGrid,
    MeetingMarks,
    MeetingTimePipe,
  ],
  templateUrl: './attendance-page.html',
  styleUrl: './attendance-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendancePage {
  private readonly service = inject(AttendanceService);
  private readonly teaching = inject(TeachingService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;
  private readonly zoned = inject(ZonedTime);

  /** The session id, from the address. */
  readonly id = input.required<string>();
  /** Which area the page is shown in (route data): coordinators also merge walk-ins. */
  readonly area = input<SessionArea>();
  /** A meeting to open first (`?meeting=`), e.g. when coming back from the check-in display. */
  readonly meeting = input<string>();

  protected readonly session = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.teaching.session(params),
  });
  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.sheet(params),
  });
  /** The sheet as last loaded or returned by a save. */
  protected readonly sheet = linkedSignal<AttendanceSheet | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly selectedId = linkedSignal<string | null>(() => {
    const sheet = this.sheet();
    if (!sheet) return null;
    const wanted = this.meeting();
    return wanted && sheet.meetings.some((m) => m.id === wanted) ? wanted : defaultMeetingId(sheet);
  });
  protected readonly selected = computed(() =>
    this.sheet()?.meetings.find((m) => m.id === this.selectedId()),
  );
  /** Walk-ins come to a meeting under way: they can be added once it takes marks. */
  protected readonly begun = computed(() => {
    const opensAt = this.selected()?.marksOpenAt;
    return !opensAt || Date.parse(opensAt) <= Date.now();
  });
  protected readonly error = computed(() => {
    const failure = this.loaded.error() ?? this.session.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly sessionLink = computed(() => [sessionsPath(this.area()), this.id()]);
  protected readonly csvUrl = computed(() => this.service.exportUrl(this.id(), 'csv'));
  protected readonly xlsxUrl = computed(() => this.service.exportUrl(this.id(), 'xlsx'));
  protected readonly pdfUrl = computed(() => {
    const id = this.selectedId();
    return id ? this.service.signInSheetUrl(id) : null;
  });

  /** "2 Mar 2027, 09:30–12:30 (Istanbul time) · Topic", in the session's zone. */
  protected meetingLabel(meeting: { startsAt: string; endsAt: string; topic: string }): string {
    const zone = this.sheet()?.timeZone ?? DEFAULT_TIME_ZONE;
    return `${this.zoned.meeting(meeting, zone, this.language(), 'medium')} · ${meeting.topic}`;
  }

  protected addWalkIn(): void {
    const meeting = this.selected();
    if (!meeting) return;
    this.dialog
      .open<WalkInDialog, WalkInDialogData, AttendanceSheet>(WalkInDialog, {
        data: { sessionId: this.id(), meetingId: meeting.id, meetingLabel: this.meetingLabel(meeting) },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe((sheet) => {
        this.sheet.set(sheet);
        this.snackBar.open(this.translate.instant('attendance.walkInAdded'), undefined, { duration: 4000 });
      });
  }

  protected mergeWalkIn(row: AttendanceRow): void {
    this.dialog
      .open<MergeWalkInDialog, AttendanceRow, AttendanceSheet>(MergeWalkInDialog, {
        data: row,
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe((sheet) => {
        this.sheet.set(sheet);
        this.snackBar.open(this.translate.instant('attendance.merged', { name: row.fullName }), undefined, {
          duration: 4000,
        });
      });
  }
}
