import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { DateTime } from 'luxon';
import { GENDERS } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { isoDay } from '../shared/date-time';
import { ProgrammeEventsService } from './programme-events.service';
import { LoadState } from '../shared/load-state';

/**
 * Study visits and workshops/conferences in figures, beside the training figures of the
 * dashboard: people, organisations, gender, provinces and speakers, each with its definition.
 */
@Component({
  selector: 'app-programme-event-figures-page',
  imports: [LoadState, MatDatepickerModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './programme-event-figures-page.html',
  styleUrl: './programme-event-figures-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeEventFiguresPage {
  private readonly service = inject(ProgrammeEventsService);
  protected readonly genders = GENDERS;
  protected readonly from = signal<DateTime | null>(null);
  protected readonly to = signal<DateTime | null>(null);
  protected readonly figures = rxResource({
    params: () => ({ from: isoDay(this.from()), to: isoDay(this.to()) }),
    stream: ({ params }) => this.service.figures(params.from, params.to),
  });
  protected readonly error = computed(() => {
    const failure = this.figures.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly groups = computed(() => {
    if (!this.figures.hasValue()) return [];
    const value = this.figures.value();
    return [
      { key: 'studyVisits', figures: value.studyVisits },
      { key: 'workshops', figures: value.workshops },
    ];
  });
}
