import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGES, SESSION_MODES, type Language, type SessionMode } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import type { DateTime } from 'luxon';
import { dayValue, isoDay } from '../shared/date-time';
import { searchText } from '../shared/paged-list';
import { TopicPipe } from '../shared/topic.pipe';
import { CatalogueFilters, LearningService } from './learning.service';
import { TrainingCard } from './training-card';
import { PluralPipe } from '../shared/plural.pipe';
import { LoadState } from '../shared/load-state';

/** Published trainings with sessions still to come, searchable and filterable. */
@Component({
  selector: 'app-catalogue-page',
  imports: [
    PluralPipe,
    ReactiveFormsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    TopicPipe,
    LoadState,
    TrainingCard,
  ],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage {
  private readonly service = inject(LearningService);
  protected readonly language = inject(LanguageService).current;

  protected readonly languages = LANGUAGES;
  protected readonly modes = SESSION_MODES;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly cityText = new FormControl('', { nonNullable: true });
  protected readonly topic = signal('');
  protected readonly trainingLanguage = signal<Language | ''>('');
  protected readonly mode = signal<SessionMode | ''>('');
  protected readonly from = signal('');
  private readonly q = searchText(this.search);
  private readonly city = searchText(this.cityText);

  private readonly filters = computed<CatalogueFilters>(() => ({
    q: this.q(),
    topic: this.topic(),
    language: this.trainingLanguage(),
    mode: this.mode(),
    city: this.city(),
    from: this.from(),
  }));
  protected readonly catalogue = rxResource({
    params: () => this.filters(),
    stream: ({ params }) => this.service.catalogue(params),
  });
  protected readonly trainings = computed(() => (this.catalogue.hasValue() ? this.catalogue.value() : []));
  protected readonly error = computed(() =>
    this.catalogue.error() ? toApiError(this.catalogue.error()) : null,
  );
  /** Every topic seen so far (the first, unfiltered list has them all), for the topic filter. */
  protected readonly topics = linkedSignal<string[], string[]>({
    source: () => this.trainings().flatMap((t) => t.topics),
    computation: (seen, previous) => [...new Set([...(previous?.value ?? []), ...seen])].sort(),
  });
  protected readonly filtered = computed(() => Object.values(this.filters()).some((value) => value !== ''));

  protected readonly fromDay = computed(() => dayValue(this.from()));

  /** A day picked, or typed in the language's format (dd.mm.yyyy in Turkish). */
  protected setFrom(value: DateTime | null): void {
    this.from.set(isoDay(value) ?? '');
  }

  protected clear(): void {
    this.search.setValue('');
    this.cityText.setValue('');
    this.topic.set('');
    this.trainingLanguage.set('');
    this.mode.set('');
    this.from.set('');
  }
}
