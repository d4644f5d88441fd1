import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@atolye/shared/core';
import { AuthService } from './auth.service';

const STORAGE_KEY = 'atolye.language';
/** Angular locale ids for dates and numbers; English uses day-month-year like the EU and Turkey. */
const LOCALES: Record<Language, string> = { en: 'en-GB', tr: 'tr' };

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The portal's language. A signed-in person's choice is kept on their account (and applied
 * wherever they sign in); a visitor's is kept in this browser.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);
  private readonly language = signal<Language>(DEFAULT_LANGUAGE);
  /**
   * The language chosen here and not yet saved to the account. While it is set, a language that
   * arrives with the account — the late answer to saving an earlier choice — does not undo it.
   */
  private chosen: Language | null = null;
  /** The language last asked for, whose texts may still be loading. */
  private applying: Language = DEFAULT_LANGUAGE;
  /** Saves of the choice run one after another, so the account ends with the last one. */
  private saving: Promise<void> = Promise.resolve();

  readonly current = this.language.asReadonly();
  readonly locale = computed(() => LOCALES[this.language()]);

  constructor() {
    // Signing in (or saving the profile) brings the person's own language with it.
    effect(() => {
      const person = this.auth.currentPerson();
      if (!person) this.chosen = null;
      else if (this.chosen === null || this.chosen === person.language) void this.apply(person.language);
    });
  }

  /** Picks the first language before anything is shown, so the first page is not re-rendered. */
  async init(): Promise<void> {
    this.translate.addLangs([...LANGUAGES]);
    this.translate.setFallbackLang(DEFAULT_LANGUAGE);
    await this.apply(this.auth.currentPerson()?.language ?? this.remembered() ?? this.browserLanguage());
  }

  /** Switches the language now and remembers it (on the account when signed in). */
  async choose(language: Language): Promise<void> {
    this.chosen = this.auth.currentPerson() ? language : null;
    await this.apply(language);
    if (this.chosen === null) return;
    this.saving = this.saving.catch(() => undefined).then(() => this.save(language));
    await this.saving;
  }

  /** Saves a choice to the account, unless a later choice has replaced it meanwhile. */
  private async save(language: Language): Promise<void> {
    const person = this.auth.currentPerson();
    if (this.chosen !== language || !person) return;
    try {
      if (person.language !== language) await firstValueFrom(this.auth.updateProfile({ language }));
    } finally {
      // Saved (or failed: the caller says so); either way the account's answers count again.
      if (this.chosen === language) this.chosen = null;
    }
  }

  private async apply(language: Language): Promise<void> {
    this.applying = language;
    this.store(language);
    // Texts first, then the signal: whatever reacts to `current` finds the new texts loaded.
    if (this.translate.getCurrentLang() !== language) await firstValueFrom(this.translate.use(language));
    // Another language asked for while these texts loaded wins (the translations do the same).
    if (this.applying !== language) return;
    this.language.set(language);
    this.document.documentElement.lang = language;
  }

  private remembered(): Language | null {
    try {
      const value = localStorage.getItem(STORAGE_KEY);
      return isLanguage(value) ? value : null;
    } catch {
      // Storage can be blocked (private mode, strict settings): fall back to the browser's language.
      return null;
    }
  }

  private store(language: Language): void {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Blocked storage only means the choice is not remembered on this device.
    }
  }

  private browserLanguage(): Language {
    const preferred = (this.document.defaultView?.navigator.language ?? '').slice(0, 2).toLowerCase();
    return isLanguage(preferred) ? preferred : DEFAULT_LANGUAGE;
  }
}
