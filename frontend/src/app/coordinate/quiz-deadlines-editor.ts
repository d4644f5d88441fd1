import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { DateTime } from 'luxon';
import { finalize } from 'rxjs';
import type { ApiErrorBody, SessionQuizDeadline, SessionQuizDeadlines } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { LocalisedPipe } from '../shared/localised';
import { timeValue, toInstant, wallClock } from '../shared/date-time';
import { ZonedTime } from '../shared/zoned-time.pipes';
import { SessionsService } from './sessions.service';

/** A quiz's closing day and time on the zone's wall clock; a new one proposes 17:00. */
function rowForm(fb: FormBuilder, quiz: SessionQuizDeadline, zone: string) {
  const at = quiz.closesAt ? wallClock(quiz.closesAt, zone) : null;
  return fb.group({
    date: [at?.day ?? (null as DateTime | null)],
    time: [at?.time ?? (timeValue('17:00') as DateTime | null)],
  });
}

interface Row {
  quiz: SessionQuizDeadline;
  form: ReturnType<typeof rowForm>;
}

/**
 * When each pre- and post-test of the session closes, entered on the session's wall clock like its
 * meetings. A quiz without a date stays open.
 */
@Component({
  selector: 'app-quiz-deadlines-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatTimepickerModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
  ],
  templateUrl: './quiz-deadlines-editor.html',
  styleUrl: './quiz-deadlines-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizDeadlinesEditor {
  private readonly service = inject(SessionsService);
  private readonly fb = inject(FormBuilder);
  private readonly zoned = inject(ZonedTime);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;

  readonly sessionId = input.required<string>();

  private readonly saved = signal<SessionQuizDeadlines | null>(null);
  protected readonly loaded = rxResource({
    params: () => this.sessionId(),
    stream: ({ params }) => this.service.quizDeadlines(params),
  });
  private readonly current = computed(
    () => this.saved() ?? (this.loaded.hasValue() ? this.loaded.value() : null),
  );
  protected readonly rows = computed<Row[]>(() => {
    const deadlines = this.current();
    if (!deadlines) return [];
    return deadlines.quizzes.map((quiz) => ({ quiz, form: rowForm(this.fb, quiz, deadlines.timeZone) }));
  });
  protected readonly zoneName = computed(() => {
    const deadlines = this.current();
    return deadlines ? this.zoned.zoneName(deadlines.timeZone, this.language()) : '';
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly loadError = computed(() =>
    this.loaded.error() ? toApiError(this.loaded.error()) : null,
  );

  protected clear(row: Row): void {
    row.form.controls.date.setValue(null);
  }

  protected save(): void {
    const deadlines = this.current();
    if (!deadlines) return;
    const chosen = this.rows().flatMap((row) => {
      const { date, time } = row.form.getRawValue();
      const closesAt = toInstant(date, time, deadlines.timeZone);
      return closesAt ? [{ moduleSlug: row.quiz.moduleSlug, quizSlug: row.quiz.quizSlug, closesAt }] : [];
    });
    this.saving.set(true);
    this.error.set(null);
    this.service
      .saveQuizDeadlines(this.sessionId(), { deadlines: chosen })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (result) => {
          this.saved.set(result);
          this.snackBar.open(this.translate.instant('quizDeadlines.saved'), undefined, { duration: 4000 });
        },
        error: (failure) => this.error.set(toApiError(failure)),
      });
  }
}
