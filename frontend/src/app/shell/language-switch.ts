import { ChangeDetectionStrategy, Component, Injector, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LANGUAGES, type Language } from '@atolye/shared/core';
import { LanguageService } from '../core/language.service';

/** Each language's name in itself, so either reader finds their own. */
const NAMES: Record<Language, string> = { en: 'English', tr: 'Türkçe' };

/**
 * EN / TR switch: two toggle buttons, the current one pressed. Each is named by its visible code
 * first and then the language's own name ("TR, Türkçe"), so a person using speech input can say
 * what they see (WCAG 2.5.3).
 */
@Component({
  selector: 'app-language-switch',
  templateUrl: './language-switch.html',
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);

  protected readonly options = LANGUAGES.map((code) => ({
    code,
    label: code.toUpperCase(),
    name: NAMES[code],
  }));

  protected async choose(language: Language): Promise<void> {
    if (language === this.language.current()) return;
    try {
      await this.language.choose(language);
    } catch {
      // The page is already in the new language; only saving it to the account failed. The
      // snack bar is loaded only now, keeping it out of the first download.
      const { MatSnackBar } = await import('@angular/material/snack-bar');
      this.injector
        .get(MatSnackBar)
        .open(this.translate.instant('language.notSaved'), undefined, { duration: 5000 });
    }
  }
}
