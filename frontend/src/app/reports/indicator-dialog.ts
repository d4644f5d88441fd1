import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { MEASURES, type ApiErrorBody, type IndicatorValue, type SaveIndicatorRequest } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { AmountField } from '../shared/amount-field';
import { BilingualFields } from '../shared/bilingual-fields';
import { DateField } from '../shared/date-field';
import { dayValue, isoDay, notBeforeDay } from '../shared/date-time';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { ReportsService } from './reports.service';

export interface IndicatorDialogData {
  /** Absent: a new indicator. */
  indicator?: IndicatorValue;
}

/** The same short references logframes use (R1.2, O2-3), as the API accepts them. */
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.\-_]{0,19}$/;

/** Adds or edits a logframe indicator; closes with the saved indicator. */
@Component({
  selector: 'app-indicator-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    AmountField,
    BilingualFields,
    DateField,
    ErrorBanner,
    FieldErrorPipe,
  ],
  templateUrl: './indicator-dialog.html',
  styleUrl: '../shared/dialog-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorDialog {
  private readonly service = inject(ReportsService);
  private readonly dialogRef = inject<MatDialogRef<IndicatorDialog, IndicatorValue>>(MatDialogRef);
  protected readonly existing = inject<IndicatorDialogData>(MAT_DIALOG_DATA).indicator;
  protected readonly measures = MEASURES;
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [this.existing?.code ?? '', [Validators.required, Validators.pattern(CODE_PATTERN)]],
    titleEn: [
      this.existing?.title.en ?? '',
      [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
    ],
    titleTr: [this.existing?.title.tr ?? '', [Validators.minLength(3), Validators.maxLength(200)]],
    measure: [this.existing?.measure ?? MEASURES[1], Validators.required],
    target: [this.existing?.target ?? (null as number | null), [Validators.required, Validators.min(0)]],
    periodStart: [dayValue(this.existing?.periodStart), Validators.required],
    periodEnd: [dayValue(this.existing?.periodEnd), [Validators.required, notBeforeDay('periodStart')]],
  });

  constructor() {
    this.form.controls.periodStart.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.periodEnd.updateValueAndValidity());
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: SaveIndicatorRequest = {
      code: value.code.trim(),
      title: { en: value.titleEn.trim(), ...(value.titleTr.trim() ? { tr: value.titleTr.trim() } : {}) },
      measure: value.measure,
      target: Number(value.target),
      periodStart: isoDay(value.periodStart) ?? '',
      periodEnd: isoDay(value.periodEnd) ?? '',
    };
    this.saving.set(true);
    this.error.set(null);
    const call = this.existing
      ? this.service.updateIndicator(this.existing.id, request)
      : this.service.createIndicator(request);
    call.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (failure: unknown) => {
        this.saving.set(false);
        const body = toApiError(failure);
        const unmatched = applyFieldErrors(this.form, body.details, (field) =>
          field === 'title.en' ? 'titleEn' : field === 'title.tr' ? 'titleTr' : field.split('.')[0],
        );
        if (!body.details?.length || unmatched.length) this.error.set(body);
      },
    });
  }
}
