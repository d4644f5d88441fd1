import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatNumber } from '@angular/common';
import { TranslatePipe } from '@ngx-translate/core';
import {
  MEASURES,
  SESSION_PROGRESS_FIGURES,
  type Dashboard,
  type FigureDefinition,
  type Measure,
} from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { FigureNote } from './figure-note';
import { MeasureValue } from './measure-value';

/**
 * The twelve programme figures at a glance, each with its definition, and beside them where the
 * sessions stand (the completion rate counts only ended sessions).
 */
@Component({
  selector: 'app-measure-grid',
  imports: [TranslatePipe, MeasureValue, FigureNote],
  template: `<dl class="grid">
      @for (figure of figures(); track figure.measure) {
        <div class="figure" [attr.data-figure]="figure.measure">
          <dt>{{ 'reports.measures.' + figure.measure | translate }}</dt>
          <dd><app-measure-value [measure]="figure.measure" [value]="figure.value" /></dd>
          <dd class="definition"><app-figure-note [definition]="figure.definition" /></dd>
        </div>
      }
    </dl>
    <h3 class="progress-heading">{{ 'reports.progress.title' | translate }}</h3>
    <dl class="grid">
      @for (figure of progress(); track figure.key) {
        <div class="figure" [attr.data-figure]="figure.key">
          <dt>{{ figure.label }}</dt>
          <dd>{{ figure.value }}</dd>
          <dd class="definition"><app-figure-note [definition]="figure.definition" /></dd>
        </div>
      }
    </dl>`,
  styleUrl: './measure-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureGrid {
  readonly measures = input.required<Record<Measure, number | null>>();
  readonly sessionProgress = input.required<Dashboard['progress']>();
  readonly definitions = input.required<FigureDefinition[]>();

  private readonly languageService = inject(LanguageService);

  private definitionOf(key: string): FigureDefinition | undefined {
    return this.definitions().find((d) => d.key === key);
  }

  protected readonly figures = computed(() =>
    MEASURES.map((measure) => ({
      measure,
      value: this.measures()[measure] ?? null,
      definition: this.definitionOf(measure)?.definition,
    })),
  );

  protected readonly progress = computed(() => {
    const language = this.languageService.current();
    return SESSION_PROGRESS_FIGURES.map((key) => {
      const definition = this.definitionOf(key);
      return {
        key,
        label: definition?.label[language] ?? key,
        value: formatNumber(this.sessionProgress()[key] ?? 0, this.languageService.locale(), '1.0-0'),
        definition: definition?.definition,
      };
    });
  });
}
