import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import {
  GIFT_MAX_FILE_BYTES,
  LANGUAGES,
  QUIZ_KINDS,
  type ApiErrorBody,
  type GiftConversion,
  type GiftProblem,
  type Language,
  type QuizKind,
} from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { GiftService } from './gift.service';
import { problemWording } from './gift-wording';
import { QuizPreview } from './quiz-preview';
import { LoadState } from '../../shared/load-state';

/**
 * A quiz from Moodle GIFT: a trainer or coordinator uploads a file per language (or one), sees
 * every question as trainees will, with the key marked and every problem by line, and downloads
 * the quiz file to add to the module. Nothing is stored: content stays files in git.
 */
@Component({
  selector: 'app-gift-import-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LoadState,
    QuizPreview,
  ],
  templateUrl: './gift-import-page.html',
  styleUrl: './gift-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GiftImportPage {
  private readonly service = inject(GiftService);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;
  protected readonly locale = inject(LanguageService).locale;

  protected readonly languages = LANGUAGES;
  protected readonly kinds = QUIZ_KINDS;
  protected readonly maxKb = GIFT_MAX_FILE_BYTES / 1024;
  protected readonly form = new FormGroup({
    slug: new FormControl('post-test', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)],
    }),
    kind: new FormControl<QuizKind>('post_test', { nonNullable: true }),
  });

  protected readonly files = signal<Partial<Record<Language, File>>>({});
  protected readonly tooBig = signal<Language | null>(null);
  protected readonly unreadable = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly result = signal<GiftConversion | null>(null);
  /** The language the preview shows: the reader's when the quiz has it. */
  protected readonly shownIn = linkedSignal<Language>(() => {
    const languages = this.result()?.languages ?? [];
    return languages.includes(this.language()) ? this.language() : (languages[0] ?? this.language());
  });
  protected readonly chosen = computed(() => LANGUAGES.filter((l) => this.files()[l]));

  /** The quiz file as a download address, while there is one. */
  protected readonly yamlUrl = signal<string | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.show(null));
  }

  /** Shows a conversion (or none), releasing the download address of the one before. */
  private show(result: GiftConversion | null): void {
    const previous = this.yamlUrl();
    if (previous) URL.revokeObjectURL(previous);
    this.yamlUrl.set(
      result?.yaml
        ? URL.createObjectURL(new Blob([result.yaml], { type: 'application/yaml;charset=utf-8' }))
        : null,
    );
    this.result.set(result);
  }

  protected choose(language: Language, input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.tooBig.set(file.size > GIFT_MAX_FILE_BYTES ? language : null);
    if (file.size <= GIFT_MAX_FILE_BYTES) this.files.update((files) => ({ ...files, [language]: file }));
    this.show(null);
  }

  protected remove(language: Language): void {
    this.files.update(({ [language]: _removed, ...others }) => others);
    this.show(null);
  }

  protected async convert(): Promise<void> {
    if (this.form.invalid || !this.chosen().length) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.unreadable.set(false);
    let files;
    try {
      files = await Promise.all(
        this.chosen().map(async (language) => ({
          language,
          text: await (this.files()[language] as File).text(),
        })),
      );
    } catch {
      // The browser could not read a file (moved, no permission): nothing was sent.
      this.busy.set(false);
      this.unreadable.set(true);
      return;
    }
    const { slug, kind } = this.form.getRawValue();
    this.service
      .convert({ slug, kind, files })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (result) => this.show(result),
        error: (failure: unknown) => {
          this.show(null);
          this.error.set(toApiError(failure));
        },
      });
  }

  protected problem(problem: GiftProblem): string {
    const { key, params } = problemWording(problem, (k) => this.translate.instant(k));
    return this.translate.instant(key, params);
  }

  protected languageName(language: Language): string {
    return this.translate.instant(`languages.${language}`);
  }
}
