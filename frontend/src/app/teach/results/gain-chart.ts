import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Language, LocalisedText } from '@atolye/shared';
import { localise } from '../../shared/localise';
import { GainRow } from './knowledge-gain';
import { ScrollRegion } from '../../shared/scroll-region';

/**
 * Pre-test against post-test averages per module, as bars drawn with CSS (no chart library),
 * each pair described for screen readers, and the same numbers in a table below.
 */
@Component({
  selector: 'app-gain-chart',
  imports: [ScrollRegion, DecimalPipe, TranslatePipe],
  templateUrl: './gain-chart.html',
  styleUrl: './gain-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GainChart {
  private readonly translate = inject(TranslateService);

  readonly rows = input.required<GainRow[]>();
  readonly language = input.required<Language>();
  readonly locale = input.required<string>();

  /** Post-test titles name their module after a dash ("Post-test — Advocacy …"): keep the module. */
  protected moduleName(title: LocalisedText): string {
    const text = localise(title, this.language());
    const dash = text.indexOf(' — ');
    return dash >= 0 ? text.slice(dash + 3) : text;
  }

  protected round(value: number | null): number | null {
    return value === null ? null : Math.round(value);
  }

  protected signed(value: number): string {
    const rounded = Math.round(value);
    return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)}`;
  }

  /** One sentence per module for screen readers; the bars themselves are hidden from them. */
  protected description(row: GainRow): string {
    const module = this.moduleName(row.title);
    if (row.preAverage === null || row.postAverage === null)
      return this.translate.instant('results.gain.noDataFor', { module });
    return this.translate.instant('results.gain.describe', {
      module,
      pre: Math.round(row.preAverage),
      post: Math.round(row.postAverage),
      gain: this.signed(row.gain ?? 0),
      count: row.trainees,
    });
  }
}
