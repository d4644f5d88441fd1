import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { ORGANISATION_TYPES, type OrganisationType, type ReportFilters } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import type { DateTime } from 'luxon';
import { dayValue, isoDay } from '../shared/date-time';
import { LocalisedPipe } from '../shared/localised';
import { ReportsService } from './reports.service';

/** Narrows every figure on the page (and the downloads) to a training, session, period, type or province. */
@Component({
  selector: 'app-report-filter-bar',
  imports: [
    MatFormFieldModule,
    MatDatepickerModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LocalisedPipe,
  ],
  templateUrl: './report-filter-bar.html',
  styleUrl: './report-filter-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFilterBar {
  readonly filters = model.required<ReportFilters>();
  /** Provinces people come from, as the reports know them. */
  readonly provinces = input<string[]>([]);

  private readonly service = inject(ReportsService);
  protected readonly language = inject(LanguageService).current;
  protected readonly organisationTypes = ORGANISATION_TYPES;

  private readonly trainingList = rxResource({ stream: () => this.service.trainings() });
  protected readonly trainings = computed(() => this.trainingList.value() ?? []);
  private readonly sessionList = rxResource({
    params: () => ({ trainingId: this.filters().trainingId ?? '' }),
    stream: ({ params }) => this.service.sessions(params.trainingId),
  });
  protected readonly sessions = computed(() => this.sessionList.value() ?? []);
  protected readonly active = computed(() => Object.values(this.filters()).some((v) => !!v));

  protected setTraining(trainingId: string): void {
    // A session belongs to one training: choosing another training drops it.
    this.filters.update((f) => ({ ...f, trainingId: trainingId || undefined, sessionId: undefined }));
  }

  protected set(key: 'sessionId' | 'from' | 'to' | 'province', value: string): void {
    this.filters.update((f) => ({ ...f, [key]: value || undefined }));
  }

  protected readonly day = dayValue;

  /** A day picked (or typed in the language's format) as the filter's `YYYY-MM-DD`. */
  protected setDay(key: 'from' | 'to', value: DateTime | null): void {
    this.set(key, isoDay(value) ?? '');
  }

  protected setOrganisationType(value: OrganisationType | ''): void {
    this.filters.update((f) => ({ ...f, organisationType: value || undefined }));
  }

  protected clear(): void {
    this.filters.set({});
  }
}
