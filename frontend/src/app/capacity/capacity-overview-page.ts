import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CapacityFigures } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { FigureNote } from '../reports/figure-note';
import { NumberTextPipe } from '../shared/number-format.pipes';
import { CapacityService } from './capacity.service';
import { ScoreTextPipe } from './score-text.pipe';
import { LoadState } from '../shared/load-state';

const FIGURES: { key: keyof CapacityFigures; definition: string; label: string }[] = [
  { key: 'assessed', definition: 'organisations_capacity_assessed', label: 'capacity.overview.assessed' },
  {
    key: 'withBothRounds',
    definition: 'organisations_capacity_both_rounds',
    label: 'capacity.overview.withBothRounds',
  },
  { key: 'improved', definition: 'organisations_capacity_improved', label: 'capacity.overview.improved' },
];

/** Coordinators' list of organisations with their baseline and endline overall scores and the change. */
@Component({
  selector: 'app-capacity-overview-page',
  imports: [RouterLink, TranslatePipe, FigureNote, LoadState, NumberTextPipe, ScoreTextPipe],
  templateUrl: './capacity-overview-page.html',
  styleUrl: './capacity-overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityOverviewPage {
  private readonly service = inject(CapacityService);

  protected readonly overview = rxResource({ stream: () => this.service.overview() });
  protected readonly loadError = computed(() =>
    this.overview.error() ? toApiError(this.overview.error()) : null,
  );
  protected readonly figures = computed(() => {
    if (!this.overview.hasValue()) return [];
    const { figures, definitions } = this.overview.value();
    return FIGURES.map((f) => ({
      ...f,
      value: figures[f.key],
      note: definitions.find((d) => d.key === f.definition)?.definition,
    }));
  });
  protected readonly overallDefinition = computed(
    () => this.overview.value()?.definitions.find((d) => d.key === 'capacity_overall_score')?.definition,
  );
}
