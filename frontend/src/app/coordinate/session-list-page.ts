import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import type { SessionSummary } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { LocalisedPipe } from '../shared/localised';
import { PagedList, searchText } from '../shared/paged-list';
import { SessionFilters, SessionsService } from './sessions.service';
import { TrainingsService } from './trainings.service';
import { ZonedDatePipe } from '../shared/zoned-time.pipes';
import { narrowScreen } from '../shared/narrow-screen';
import { PagedTable } from '../shared/paged-table';

/** Every session, searchable and filterable by training. */
@Component({
  selector: 'app-session-list-page',
  imports: [
    ZonedDatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    PagedTable,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LocalisedPipe,
  ],
  templateUrl: './session-list-page.html',
  styleUrl: './coordinate-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionListPage {
  private readonly service = inject(SessionsService);
  private readonly trainingsService = inject(TrainingsService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;

  /** `?trainingId=` from a training's page. */
  readonly trainingId = input<string>();

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly trainingFilter = linkedSignal(() => this.trainingId() ?? '');
  private readonly q = searchText(this.search);
  protected readonly trainings = rxResource({
    stream: () =>
      this.trainingsService
        .list({ q: '', status: '', page: 1, pageSize: 100 })
        .pipe(map((page) => page.items)),
  });
  /** The filtered training's title, for the select's closed state. */
  protected readonly trainingTitle = computed(
    () =>
      (this.trainings.hasValue() ? this.trainings.value() : []).find((t) => t.id === this.trainingFilter())
        ?.title,
  );
  protected readonly list = new PagedList<SessionSummary, SessionFilters>(
    () => ({ q: this.q(), trainingId: this.trainingFilter() }),
    (query) => this.service.list(query),
  );

  private readonly narrow = narrowScreen();
  protected readonly columns = computed(() =>
    this.narrow() ? ['title', 'seats'] : ['title', 'dates', 'place', 'seats'],
  );
}
