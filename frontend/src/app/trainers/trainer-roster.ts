import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { DateTime } from 'luxon';
import {
  TRAINER_ROSTER_SORTS,
  type TrainerRoster as Roster,
  type TrainerRosterEntry,
  type TrainerRosterQuery,
  type TrainerRosterSort,
} from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { dayValue, isoDay } from '../shared/date-time';
import { PagedList, searchText } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { LanguageNamePipe } from './language-name.pipe';
import { TrainersService } from './trainers.service';

/**
 * The trainer roster with its filters and figures. On the roster page each name leads to the
 * trainer's profile; in the session's trainer picker each row has a box to choose the trainer.
 */
@Component({
  selector: 'app-trainer-roster',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    PagedTable,
    TranslatePipe,
    LanguageNamePipe,
  ],
  templateUrl: './trainer-roster.html',
  styleUrl: './trainer-roster.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerRoster implements OnInit {
  private readonly service = inject(TrainersService);
  protected readonly locale = inject(LanguageService).locale;

  /** Rows get a box to choose the trainer, and `selected` holds the chosen ids. */
  readonly selectable = input(false);
  readonly selected = model<string[]>([]);
  /** Filters to start from, such as a session's language and first day. */
  readonly startLanguage = input('');
  readonly startFrom = input('');
  readonly startTo = input('');

  protected readonly sorts = TRAINER_ROSTER_SORTS;
  protected readonly ratingSteps = [3, 3.5, 4, 4.5];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly expertise = signal('');
  protected readonly language = signal('');
  protected readonly availableFrom = signal<DateTime | null>(null);
  protected readonly availableTo = signal<DateTime | null>(null);
  protected readonly minRating = signal<number | null>(null);
  protected readonly sort = signal<TrainerRosterSort>('name');
  private readonly q = searchText(this.search);

  private readonly filters = computed<TrainerRosterQuery>(() => ({
    q: this.q() || undefined,
    expertise: this.expertise() || undefined,
    language: this.language() || undefined,
    availableFrom: isoDay(this.availableFrom()) ?? undefined,
    availableTo: isoDay(this.availableTo()) ?? undefined,
    minRating: this.minRating() ?? undefined,
    sort: this.sort(),
  }));
  protected readonly list = new PagedList<TrainerRosterEntry, TrainerRosterQuery>(this.filters, (query) =>
    this.service.roster(query),
  );
  private readonly roster = computed(() => this.list.page() as Roster | undefined);
  protected readonly expertiseAreas = computed(() => this.roster()?.expertiseAreas ?? []);
  protected readonly languages = computed(() => this.roster()?.languages ?? []);
  protected readonly filtered = computed(() =>
    Object.entries(this.filters()).some(([key, value]) => key !== 'sort' && value !== undefined),
  );
  protected readonly columns = computed(() => [
    ...(this.selectable() ? ['choose'] : []),
    'name',
    'expertise',
    'languages',
    'availability',
    'sessionsDelivered',
    'averageRating',
  ]);
  protected readonly chosen = (entry: TrainerRosterEntry): boolean =>
    this.selectable() && this.isSelected(entry.id);

  ngOnInit(): void {
    this.language.set(this.startLanguage());
    this.availableFrom.set(dayValue(this.startFrom()));
    this.availableTo.set(dayValue(this.startTo()));
  }

  protected isSelected(id: string): boolean {
    return this.selected().includes(id);
  }

  protected toggle(id: string, chosen: boolean): void {
    const others = this.selected().filter((s) => s !== id);
    this.selected.set(chosen ? [...others, id] : others);
  }

  protected rating(entry: TrainerRosterEntry): string {
    return entry.ratingAverage === null
      ? ''
      : entry.ratingAverage.toLocaleString(this.locale(), {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        });
  }

  /** A rating step as the reader writes numbers: "3,5" in Turkish. */
  protected number(value: number): string {
    return value.toLocaleString(this.locale());
  }

  protected day(iso: string): string {
    return (
      dayValue(iso)
        ?.setLocale(this.locale())
        .toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' }) ?? iso
    );
  }

  protected clearFilters(): void {
    this.search.setValue('');
    this.expertise.set('');
    this.language.set('');
    this.availableFrom.set(null);
    this.availableTo.set(null);
    this.minRating.set(null);
  }
}
