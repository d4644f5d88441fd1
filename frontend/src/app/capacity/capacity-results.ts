import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OrganisationCapacity } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { FigureNote } from '../reports/figure-note';
import { localise } from '../shared/localise';
import { LocalisedPipe } from '../shared/localised';
import { RadarChart, type RadarSeries } from './radar-chart';
import { ScoreTextPipe } from './score-text.pipe';

/**
 * The submitted rounds side by side: a radar of the domain scores before and after, the same
 * numbers in a table with their definitions, and trainings for the weakest domains.
 */
@Component({
  selector: 'app-capacity-results',
  imports: [TranslatePipe, LocalisedPipe, FigureNote, RadarChart, ScoreTextPipe],
  templateUrl: './capacity-results.html',
  styleUrl: './capacity-results.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityResults {
  readonly capacity = input.required<OrganisationCapacity>();

  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;

  private readonly submitted = computed(() => {
    const c = this.capacity();
    return {
      before: c.baseline?.status === 'submitted' ? c.baseline.scores : null,
      after: c.endline?.status === 'submitted' ? c.endline.scores : null,
    };
  });

  protected readonly hasResults = computed(() => this.submitted().before !== null);

  protected readonly rows = computed(() => {
    const { before, after } = this.submitted();
    return this.capacity().questionnaire.domains.map((domain, i) => {
      const b = before?.domains[i]?.score ?? null;
      const a = after?.domains[i]?.score ?? null;
      return {
        id: domain.id,
        title: domain.title,
        before: b,
        after: a,
        change: this.capacity().change?.domains[i]?.score ?? null,
      };
    });
  });

  protected readonly overall = computed(() => {
    const { before, after } = this.submitted();
    return {
      before: before?.overall ?? null,
      after: after?.overall ?? null,
      change: this.capacity().change?.overall ?? null,
    };
  });

  protected readonly axes = computed(() =>
    this.capacity().questionnaire.domains.map((d) => localise(d.title, this.language())),
  );

  protected readonly series = computed<RadarSeries[]>(() => {
    this.language();
    const { before, after } = this.submitted();
    return [
      ...(before
        ? [
            {
              name: this.translate.instant('capacity.results.before'),
              kind: 'before' as const,
              values: before.domains.map((d) => d.score),
            },
          ]
        : []),
      ...(after
        ? [
            {
              name: this.translate.instant('capacity.results.after'),
              kind: 'after' as const,
              values: after.domains.map((d) => d.score),
            },
          ]
        : []),
    ];
  });

  protected readonly weakest = computed(() =>
    this.capacity()
      .weakestDomains.map((id) => this.capacity().questionnaire.domains.find((d) => d.id === id)?.title)
      .map((title) => localise(title, this.language()))
      .join(', '),
  );

  protected definitionOf(key: string) {
    return this.capacity().definitions.find((d) => d.key === key)?.definition;
  }

  protected domainTitle(id: string): string {
    return localise(this.capacity().questionnaire.domains.find((d) => d.id === id)?.title, this.language());
  }
}
