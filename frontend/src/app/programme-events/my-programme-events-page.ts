import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, MyProgrammeEvent } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { DayRangePipe } from './day-range.pipe';
import { ProgrammeEventsService } from './programme-events.service';
import { LoadState } from '../shared/load-state';

/** The study visits, workshops and conferences a person takes part in; on a visit, their short report. */
@Component({
  selector: 'app-my-programme-events-page',
  imports: [
    LoadState,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    CountryNamePipe,
    DayRangePipe,
    ErrorBanner,
    FieldErrorPipe,
  ],
  templateUrl: './my-programme-events-page.html',
  styleUrl: './my-programme-events-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyProgrammeEventsPage {
  private readonly fb = inject(FormBuilder);
  private readonly service = inject(ProgrammeEventsService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly locale = inject(LanguageService).locale;

  protected readonly events = rxResource({ stream: () => this.service.mine() });
  protected readonly loadError = computed(() => {
    const failure = this.events.error();
    return failure ? toApiError(failure) : null;
  });
  /** The visit whose report is being written, and its form. */
  protected readonly editing = signal<string | null>(null);
  protected readonly reportForm = this.fb.nonNullable.group({
    learned: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(2000)]],
    willApply: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(2000)]],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected edit(event: MyProgrammeEvent): void {
    this.reportForm.reset({
      learned: event.myReport?.learned ?? '',
      willApply: event.myReport?.willApply ?? '',
    });
    this.error.set(null);
    this.editing.set(event.id);
  }

  protected send(id: string): void {
    if (this.reportForm.invalid) {
      this.reportForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.service
      .saveReport(id, this.reportForm.getRawValue())
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (saved) => {
          this.events.update((list) => list?.map((e) => (e.id === id ? saved : e)));
          this.editing.set(null);
          this.snackBar.open(this.translate.instant('programmeEvents.reportSaved'), undefined, {
            duration: 5000,
          });
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
