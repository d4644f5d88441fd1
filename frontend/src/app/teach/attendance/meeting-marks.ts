import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import {
  ATTENDANCE_STATUSES,
  type ApiErrorBody,
  type AttendanceRow,
  type AttendanceSheet,
  type AttendanceStatus,
} from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { AttendanceService } from './attendance.service';
import { type DraftMark, draftOf, marksOf, rowKey } from './attendance-rows';

/**
 * Marks one meeting: everyone present in one click, then the exceptions person by person,
 * and one Save that sends the whole meeting in a single request.
 */
@Component({
  selector: 'app-meeting-marks',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorBanner,
  ],
  templateUrl: './meeting-marks.html',
  styleUrl: './meeting-marks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingMarks {
  private readonly service = inject(AttendanceService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly sheet = input.required<AttendanceSheet>();
  readonly meetingId = input.required<string>();
  /** Coordinators may merge a walk-in into an account. */
  readonly canMerge = input(false);
  readonly saved = output<AttendanceSheet>();
  readonly merge = output<AttendanceRow>();

  /** Before a meeting begins only an absence announced in advance ("excused") can be noted. */
  protected readonly notStarted = computed(() => {
    const opensAt = this.sheet().meetings.find((m) => m.id === this.meetingId())?.marksOpenAt;
    return !!opensAt && Date.parse(opensAt) > Date.now();
  });
  protected readonly statuses = computed(() =>
    this.notStarted() ? (['excused'] as const) : ATTENDANCE_STATUSES,
  );
  protected readonly rowKey = rowKey;
  private readonly original = computed(() => draftOf(this.sheet(), this.meetingId()));
  protected readonly draft = linkedSignal<Record<string, DraftMark>>(() => ({ ...this.original() }));
  protected readonly dirty = computed(() => {
    const original = this.original();
    const draft = this.draft();
    return Object.keys(draft).some(
      (key) => draft[key].status !== original[key]?.status || draft[key].note.trim() !== original[key]?.note,
    );
  });
  protected readonly unmarked = computed(() => Object.values(this.draft()).filter((d) => !d.status).length);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly planned = computed(() => this.sheet().meetings.length);

  protected markAllPresent(): void {
    this.draft.update((draft) =>
      Object.fromEntries(Object.entries(draft).map(([key, mark]) => [key, { ...mark, status: 'present' }])),
    );
  }

  protected setStatus(row: AttendanceRow, status: AttendanceStatus): void {
    const key = rowKey(row);
    this.draft.update((draft) => ({ ...draft, [key]: { ...draft[key], status } }));
  }

  protected setNote(row: AttendanceRow, note: string): void {
    const key = rowKey(row);
    this.draft.update((draft) => ({ ...draft, [key]: { ...draft[key], note } }));
  }

  protected save(): void {
    const marks = marksOf(this.sheet(), this.draft());
    if (!marks.length) return;
    this.busy.set(true);
    this.error.set(null);
    this.service
      .mark(this.meetingId(), marks)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (sheet) => {
          this.snackBar.open(this.translate.instant('attendance.saved'), undefined, { duration: 4000 });
          this.saved.emit(sheet);
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
