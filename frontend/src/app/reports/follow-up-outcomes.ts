import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { formatPercent } from '@angular/common';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FigureKey, FollowUpFigures } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { FigureNote } from './figure-note';
import { ReportsService } from './reports.service';

/**
 * What people said 3 and 6 months after their session: who used what they learned, and how many
 * answered. Over the whole programme (the filters above do not apply); each figure with its definition.
 */
@Component({
  selector: 'app-follow-up-outcomes',
  imports: [TranslatePipe, FigureNote, ErrorBanner],
  template: `<app-error-banner [error]="error()" />
    <p class="muted">{{ 'reports.followUp.scope' | translate }}</p>
    <dl class="grid">
      @for (figure of figures(); track figure.key) {
        <div class="figure" [attr.data-figure]="figure.key">
          <dt>{{ figure.label }}</dt>
          <dd>{{ figure.value }}</dd>
          <dd class="muted">{{ figure.detail }}</dd>
          <dd class="definition"><app-figure-note [definition]="figure.definition" /></dd>
        </div>
      }
    </dl>`,
  styleUrl: './measure-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpOutcomes {
  private readonly service = inject(ReportsService);
  private readonly languageService = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  private readonly loaded = rxResource({ stream: () => this.service.followUp() });
  protected readonly error = computed(() => (this.loaded.error() ? toApiError(this.loaded.error()) : null));

  protected readonly figures = computed(() => {
    if (!this.loaded.hasValue()) return [];
    const data: FollowUpFigures = this.loaded.value();
    const language = this.languageService.current();
    const locale = this.languageService.locale();
    const shown = (value: number | null) =>
      value === null ? '—' : formatPercent(value / 100, locale, '1.0-1');
    const definition = (key: FigureKey) => data.definitions.find((d) => d.key === key);
    const wave = (months: number) => data.waves.find((w) => w.wave === months);
    const used = (key: FigureKey, months: number) => {
      const w = wave(months);
      return {
        key,
        label: definition(key)?.label[language] ?? key,
        value: shown(w?.usedShare ?? null),
        detail: `${w?.used ?? 0} / ${w?.respondents ?? 0}`,
        definition: definition(key)?.definition,
      };
    };
    const rates = data.waves.map((w) => ({
      key: `follow_up_response_rate_${w.wave}`,
      label: this.translate.instant('reports.followUp.responseRate', { months: w.wave }),
      value: shown(w.responseRate),
      detail: `${w.respondents} / ${w.invited}`,
      definition: definition('follow_up_response_rate')?.definition,
    }));
    return [used('follow_up_used_3m', 3), used('follow_up_used_6m', 6), ...rates];
  });
}
