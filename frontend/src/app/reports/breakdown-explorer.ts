import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  BREAKDOWNS,
  BREAKDOWN_MEASURES,
  type BilingualText,
  type Breakdown,
  type FigureDefinition,
  type FigureKey,
  type BreakdownMeasure,
  type ReportFilters,
} from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { LocalisedPipe } from '../shared/localised';
import { BreakdownKeyPipe } from './breakdown-key.pipe';
import { FigureNote } from './figure-note';
import { MeasureValue } from './measure-value';
import { ReportsService } from './reports.service';
import { ScrollRegion } from '../shared/scroll-region';
import { LoadingBar } from '../shared/loading-bar';

/** One measure split by gender, organisation type or province, and the sessions behind it. */
@Component({
  selector: 'app-breakdown-explorer',
  imports: [
    LoadingBar,
    FigureNote,
    ScrollRegion,
    DatePipe,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
    BreakdownKeyPipe,
    MeasureValue,
  ],
  templateUrl: './breakdown-explorer.html',
  styleUrl: './breakdown-explorer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BreakdownExplorer {
  readonly filters = input.required<ReportFilters>();
  /** The figures' definitions, as the dashboard API sent them. */
  readonly definitions = input<FigureDefinition[]>([]);

  private readonly service = inject(ReportsService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;
  protected readonly measures = BREAKDOWN_MEASURES;
  protected readonly breakdowns = BREAKDOWNS;
  protected readonly measure = signal<BreakdownMeasure>('people_enrolled');
  protected readonly by = signal<Breakdown>('gender');

  private readonly rowsResource = rxResource({
    params: () => ({ filters: this.filters(), measure: this.measure(), by: this.by() }),
    stream: ({ params }) => this.service.breakdown(params.filters, params.measure, params.by),
  });
  private readonly sessionsResource = rxResource({
    params: () => ({ filters: this.filters(), measure: this.measure() }),
    stream: ({ params }) => this.service.sessionsBehind(params.filters, params.measure),
  });
  protected readonly rows = computed(() => this.rowsResource.value() ?? []);

  protected definitionOf(key: FigureKey): BilingualText | undefined {
    return this.definitions().find((d) => d.key === key)?.definition;
  }
  protected readonly sessions = computed(() => this.sessionsResource.value() ?? []);
  protected readonly loading = computed(
    () => this.rowsResource.isLoading() || this.sessionsResource.isLoading(),
  );
  protected readonly error = computed(() => {
    const failure = this.rowsResource.error() ?? this.sessionsResource.error();
    return failure ? toApiError(failure) : null;
  });
}
