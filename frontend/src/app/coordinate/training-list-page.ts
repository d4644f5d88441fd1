import { DatePipe, UpperCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { TRAINING_STATUSES, type TrainingStatus, type TrainingSummary } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';
import { PagedList, searchText } from '../shared/paged-list';
import { TrainingFilters, TrainingsService } from './trainings.service';
import { narrowScreen } from '../shared/narrow-screen';
import { PagedTable } from '../shared/paged-table';

/** Every training, draft to archived, searchable and filterable by status. */
@Component({
  selector: 'app-training-list-page',
  imports: [
    DatePipe,
    UpperCasePipe,
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
    DurationPipe,
    LocalisedPipe,
  ],
  templateUrl: './training-list-page.html',
  styleUrl: './coordinate-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingListPage {
  private readonly service = inject(TrainingsService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;

  protected readonly statuses = TRAINING_STATUSES;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly status = signal<TrainingStatus | ''>('');
  private readonly q = searchText(this.search);
  protected readonly list = new PagedList<TrainingSummary, TrainingFilters>(
    () => ({ q: this.q(), status: this.status() }),
    (query) => this.service.list(query),
  );

  private readonly narrow = narrowScreen();
  protected readonly columns = computed(() =>
    this.narrow() ? ['title', 'status'] : ['title', 'status', 'revision', 'modules', 'updated'],
  );
}
