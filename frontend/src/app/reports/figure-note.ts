import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BilingualText } from '@atolye/shared';
import { LanguageService } from '../core/language.service';

/** A figure's one-line definition as the API sent it, in the portal's language. */
@Component({
  selector: 'app-figure-note',
  template: `@if (text(); as line) {
    <p class="figure-note">{{ line }}</p>
  }`,
  styles: `
    .figure-note {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FigureNote {
  readonly definition = input.required<BilingualText | undefined>();

  private readonly language = inject(LanguageService).current;
  protected readonly text = computed(() => this.definition()?.[this.language()] ?? null);
}
