import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatNumber } from '@angular/common';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { GENDERS, type CoachingFigures, type FigureKey, type ReportFilters } from '@atolye/shared';
import { CoachingService } from '../coaching/coaching.service';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { FigureNote } from './figure-note';

/**
 * Finished coaching tracks in the period of the filters above (by their end date): tracks,
 * organisations and people coached, meetings and hours, each with its definition.
 */
@Component({
  selector: 'app-coaching-outcomes',
  imports: [TranslatePipe, FigureNote, ErrorBanner],
  template: `<app-error-banner [error]="error()" />
    <p class="muted">{{ 'reports.coaching.scope' | translate }}</p>
    <dl class="grid">
      @for (figure of figures(); track figure.key) {
        <div class="figure" [attr.data-figure]="figure.key">
          <dt>{{ figure.label }}</dt>
          <dd>{{ figure.value }}</dd>
          @if (figure.detail) {
            <dd class="muted">{{ figure.detail }}</dd>
          }
          <dd class="definition"><app-figure-note [definition]="figure.definition" /></dd>
        </div>
      }
    </dl>`,
  styleUrl: './measure-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoachingOutcomes {
  private readonly service = inject(CoachingService);
  private readonly languageService = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly filters = input.required<ReportFilters>();

  private readonly loaded = rxResource({
    params: () => ({ from: this.filters().from ?? null, to: this.filters().to ?? null }),
    stream: ({ params }) => this.service.figures(params.from, params.to),
  });
  protected readonly error = computed(() => (this.loaded.error() ? toApiError(this.loaded.error()) : null));

  protected readonly figures = computed(() => {
    if (!this.loaded.hasValue()) return [];
    const data: CoachingFigures = this.loaded.value();
    const language = this.languageService.current();
    const locale = this.languageService.locale();
    const definition = (key: FigureKey) => data.definitions.find((d) => d.key === key);
    const figure = (key: FigureKey, value: number, digits = '1.0-0', detail = '') => ({
      key,
      label: definition(key)?.label[language] ?? key,
      value: formatNumber(value, locale, digits),
      detail,
      definition: definition(key)?.definition,
    });
    const byGender = GENDERS.map(
      (g) => `${this.translate.instant('genders.' + g)}: ${data.peopleCoachedByGender[g]}`,
    ).join(' · ');
    return [
      figure('coaching_tracks_finished', data.tracksFinished),
      figure('coaching_organisations', data.organisationsCoached),
      figure('coaching_people', data.peopleCoached, '1.0-0', byGender),
      figure('coaching_meetings', data.meetingsHeld),
      figure('coaching_hours', data.meetingHours, '1.0-1'),
    ];
  });
}
