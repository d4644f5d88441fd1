import { formatDate, formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { BilingualText, BreakdownRow, Dashboard, FigureKey } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { BarChart, ChartRow } from './bar-chart';
import { BreakdownKeyPipe } from './breakdown-key.pipe';
import { FigureNote } from './figure-note';
import { ScrollRegion } from '../shared/scroll-region';

/** The dashboard's charts, each with its table: completions, gender, organisation types, provinces, knowledge gain. */
@Component({
  selector: 'app-dashboard-charts',
  imports: [ScrollRegion, TranslatePipe, BarChart, BreakdownKeyPipe, FigureNote],
  templateUrl: './dashboard-charts.html',
  styleUrl: './dashboard-charts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardCharts {
  readonly dashboard = input.required<Dashboard>();

  private readonly translate = inject(TranslateService);
  private readonly languageService = inject(LanguageService);

  /** Texts for the current language; reading `current` re-runs them when it changes. */
  private t(key: string, params?: Record<string, unknown>): string {
    this.languageService.current();
    return this.translate.instant(key, params);
  }

  private count(value: number | null): string {
    return value === null ? '—' : formatNumber(value, this.languageService.locale(), '1.0-1');
  }

  protected readonly completions = computed<ChartRow[]>(() => {
    const locale = this.languageService.locale();
    return this.dashboard().completionsByMonth.map((m) => ({
      key: m.month,
      label: formatDate(`${m.month}-01T12:00:00`, 'MMM y', locale),
      value: m.completed,
      text: this.count(m.completed),
    }));
  });

  protected readonly gender = computed(() => this.people(this.dashboard().gender, 'genders.'));
  protected readonly organisationTypes = computed(() =>
    this.people(this.dashboard().organisationTypes, 'organisationTypes.'),
  );

  protected readonly knowledgeGain = computed<ChartRow[]>(() =>
    this.dashboard().knowledgeGainBySession.map((s) => ({
      key: s.sessionId,
      label: s.title,
      value: s.averageGain,
      text:
        s.averageGain === null ? '—' : this.t('reports.units.points', { value: this.count(s.averageGain) }),
      detail: this.count(s.trainees),
    })),
  );

  protected readonly provinces = computed(() => this.dashboard().provinces);

  protected definition(key: FigureKey): BilingualText | undefined {
    return this.dashboard().definitions.find((d) => d.key === key)?.definition;
  }

  private people(rows: BreakdownRow[], prefix: string): ChartRow[] {
    return rows.map((row) => ({
      key: row.key,
      label: row.key === 'unknown' || !row.key ? this.t('reports.unknown') : this.t(prefix + row.key),
      value: row.value,
      text: this.count(row.value),
    }));
  }
}
