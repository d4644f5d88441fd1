import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGES, type Language, type LessonContent } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ContentService } from '../shared/content.service';
import { ErrorBanner } from '../shared/error-banner';
import { LessonArticle } from '../shared/lesson-article';
import { LoadingBar } from '../shared/loading-bar';

/** A lesson of a published module as a trainee would read it, in either language. */
@Component({
  selector: 'app-lesson-preview-page',
  imports: [
    LoadingBar,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    ErrorBanner,
    LessonArticle,
  ],
  templateUrl: './lesson-preview-page.html',
  styleUrl: './lesson-preview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonPreviewPage {
  private readonly content = inject(ContentService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService).current;

  readonly slug = input.required<string>();
  readonly version = input.required<string>();
  readonly lessonSlug = input.required<string>();
  /** `?lang=` */
  readonly lang = input<string>();

  protected readonly requested = computed<Language>(() => {
    const lang = this.lang();
    return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : this.language();
  });
  private readonly loaded = rxResource({
    params: () => ({
      slug: this.slug(),
      version: this.version(),
      lesson: this.lessonSlug(),
      lang: this.requested(),
    }),
    stream: ({ params }) => this.content.lesson(params.slug, params.version, params.lesson, params.lang),
  });
  protected readonly lesson = linkedSignal<LessonContent | undefined, LessonContent | undefined>({
    source: () => (this.loaded.hasValue() ? this.loaded.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });
  protected readonly loading = this.loaded.isLoading;
  protected readonly error = computed(() => (this.loaded.error() ? toApiError(this.loaded.error()) : null));

  /** Previous and next lessons by slug (the lesson names its neighbours by id). */
  private readonly module = rxResource({
    params: () => ({ slug: this.slug(), version: this.version() }),
    stream: ({ params }) => this.content.module(params.slug, params.version),
  });
  protected readonly neighbours = computed(() => {
    const lesson = this.lesson();
    const lessons = this.module.hasValue() ? this.module.value().lessons : [];
    const slugOf = (id: string | null | undefined) => lessons.find((l) => l.id === id)?.slug ?? null;
    return { previous: slugOf(lesson?.previousLessonId), next: slugOf(lesson?.nextLessonId) };
  });

  protected readIn(language: Language): void {
    void this.router.navigate([], { queryParams: { lang: language }, queryParamsHandling: 'merge' });
  }
}
