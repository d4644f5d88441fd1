import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  ViewEncapsulation,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { Language, LessonContent } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { DurationPipe } from './duration.pipe';
import { LocalisedPipe } from './localised';

/** Each language's name in itself, as the "Read in …" button shows it. */
const NAMES: Record<Language, string> = { en: 'English', tr: 'Türkçe' };

/**
 * One lesson to read: module, title, reading time, a one-click switch to its other language,
 * and the text. The HTML was sanitised on the server; [innerHTML] sanitises it once more.
 */
@Component({
  selector: 'app-lesson-article',
  imports: [DatePipe, MatButtonModule, MatIconModule, TranslatePipe, DurationPipe, LocalisedPipe],
  templateUrl: './lesson-article.html',
  styleUrl: './lesson-article.scss',
  // The lesson's own HTML is not part of this template, so its typography cannot be scoped.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonArticle {
  readonly lesson = input.required<LessonContent>();
  /** The language the reader asked for; the lesson may have come in another one. */
  readonly requested = input.required<Language>();
  /** The portal's language, for the module title and labels. */
  readonly language = input.required<Language>();
  readonly readIn = output<Language>();
  protected readonly locale = inject(LanguageService).locale;

  protected readonly others = computed(() =>
    this.lesson()
      .availableLanguages.filter((l) => l !== this.lesson().language)
      .map((code) => ({ code, name: NAMES[code] })),
  );
  protected readonly fellBack = computed(() => this.lesson().language !== this.requested());
  protected readonly requestedName = computed(() => NAMES[this.requested()]);
  protected readonly shownName = computed(() => NAMES[this.lesson().language]);
}
