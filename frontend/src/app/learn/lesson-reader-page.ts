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
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, Language, LessonContent, Progress } from '@atolye/shared';
// The whole library's barrel would bring provinces, time zones and vocabularies with it.
import { LANGUAGES } from '@atolye/shared/core';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { LessonArticle } from '../shared/lesson-article';
import { ProgressMeter } from '../shared/progress-meter';
import { LocalisedPipe } from '../shared/localised';
import { LearningService } from './learning.service';
import { QuizzesService } from './quizzes/quizzes.service';
import { LoadingBar } from '../shared/loading-bar';

/**
 * Reads one lesson of an enrolment. The reading language is in the address (`?lang=tr`), so a
 * choice made on one lesson carries on to the next; without it, the portal's language is used.
 */
@Component({
  selector: 'app-lesson-reader-page',
  imports: [
    LoadingBar,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    ErrorBanner,
    LessonArticle,
    LocalisedPipe,
    ProgressMeter,
  ],
  templateUrl: './lesson-reader-page.html',
  styleUrl: './lesson-reader-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonReaderPage {
  private readonly service = inject(LearningService);
  private readonly quizzes = inject(QuizzesService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService).current;

  readonly enrolmentId = input.required<string>();
  readonly lessonId = input.required<string>();
  /** `?lang=` */
  readonly lang = input<string>();

  protected readonly requested = computed<Language>(() => {
    const lang = this.lang();
    return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : this.language();
  });

  private readonly loaded = rxResource({
    params: () => ({ enrolmentId: this.enrolmentId(), lessonId: this.lessonId(), lang: this.requested() }),
    stream: ({ params }) => this.service.lesson(params.enrolmentId, params.lessonId, params.lang),
  });
  /** The lesson on screen; the previous one stays while the next arrives. */
  protected readonly lesson = linkedSignal<LessonContent | undefined, LessonContent | undefined>({
    source: () => (this.loaded.hasValue() ? this.loaded.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });
  protected readonly loading = this.loaded.isLoading;
  protected readonly loadError = computed(() =>
    this.loaded.error() ? toApiError(this.loaded.error()) : null,
  );

  private readonly path = rxResource({
    params: () => this.enrolmentId(),
    stream: ({ params }) => this.service.learning(params),
  });
  protected readonly progress = linkedSignal<Progress | undefined>(() =>
    this.path.hasValue() ? this.path.value().progress : undefined,
  );
  protected readonly completed = linkedSignal(() => this.lesson()?.completed ?? false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  /** Starts the lesson's knowledge check, or resumes the attempt already open. */
  protected startCheck(quizId: string): void {
    this.busy.set(true);
    this.error.set(null);
    this.quizzes
      .start(this.enrolmentId(), quizId)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (attempt) =>
          void this.router.navigate(['/learn/enrolments', this.enrolmentId(), 'attempts', attempt.id]),
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }

  protected readIn(language: Language): void {
    void this.router.navigate([], { queryParams: { lang: language }, queryParamsHandling: 'merge' });
  }

  protected complete(lesson: LessonContent): void {
    this.busy.set(true);
    this.error.set(null);
    this.service
      .complete(this.enrolmentId(), lesson.id)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (progress) => {
          this.progress.set(progress);
          // Only if the reader is still on this lesson: they may have moved on meanwhile.
          if (this.lesson()?.id === lesson.id) this.completed.set(true);
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
