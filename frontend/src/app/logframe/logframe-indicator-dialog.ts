import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  LOGFRAME_DISAGGREGATIONS,
  LOGFRAME_UNITS,
  type ApiErrorBody,
  type LogframeDisaggregation,
  type LogframeIndicator,
  type LogframeItem,
  type LogframeSourceOption,
  type SaveLogframeIndicatorRequest,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { AmountField } from '../shared/amount-field';
import { BilingualFields } from '../shared/bilingual-fields';
import { DateField } from '../shared/date-field';
import { dayValue, isoDay, notBeforeDay } from '../shared/date-time';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { bilingual } from './logframe-item-dialog';
import { LogframeService } from './logframe.service';

export interface LogframeIndicatorDialogData {
  item: LogframeItem;
  /** Absent: a new indicator of the item. */
  indicator: LogframeIndicator | null;
  sources: LogframeSourceOption[];
}

/** Adds or edits an indicator: its words, baseline and target, how it is measured and split. */
@Component({
  selector: 'app-logframe-indicator-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    AmountField,
    BilingualFields,
    DateField,
    ErrorBanner,
    FieldErrorPipe,
  ],
  templateUrl: './logframe-indicator-dialog.html',
  styleUrl: './logframe-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogframeIndicatorDialog {
  private readonly service = inject(LogframeService);
  private readonly dialogRef = inject<MatDialogRef<LogframeIndicatorDialog, LogframeIndicator>>(MatDialogRef);
  protected readonly data = inject<LogframeIndicatorDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService).current;
  protected readonly units = LOGFRAME_UNITS;
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  private readonly existing = this.data.indicator;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    textEn: [this.existing?.text.en ?? '', [Validators.maxLength(1000)]],
    textTr: [this.existing?.text.tr ?? '', [Validators.maxLength(1000)]],
    unit: [this.existing?.unit ?? LOGFRAME_UNITS[0], Validators.required],
    baselineValue: [
      this.existing?.baselineValue ?? (null as number | null),
      [Validators.required, Validators.min(0)],
    ],
    baselineDate: [dayValue(this.existing?.baselineDate), Validators.required],
    targetValue: [
      this.existing?.targetValue ?? (null as number | null),
      [Validators.required, Validators.min(0)],
    ],
    targetDate: [dayValue(this.existing?.targetDate), [Validators.required, notBeforeDay('baselineDate')]],
    verificationEn: [this.existing?.meansOfVerification.en ?? '', [Validators.maxLength(1000)]],
    verificationTr: [this.existing?.meansOfVerification.tr ?? '', [Validators.maxLength(1000)]],
    source: [this.existing?.source ?? 'manual', Validators.required],
  });
  protected readonly chosen = signal<LogframeDisaggregation[]>(this.existing?.disaggregations ?? []);
  private readonly sourceRef = toSignal(this.form.controls.source.valueChanges, {
    initialValue: this.form.controls.source.value,
  });
  protected readonly source = computed(
    () => this.data.sources.find((s) => s.ref === this.sourceRef()) ?? null,
  );
  /** A computed source offers only the splits it can compute; a manual indicator any. */
  protected readonly offered = computed(
    () => this.source()?.disaggregations ?? [...LOGFRAME_DISAGGREGATIONS],
  );

  protected toggle(by: LogframeDisaggregation, on: boolean): void {
    this.chosen.update((list) => (on ? [...list.filter((d) => d !== by), by] : list.filter((d) => d !== by)));
  }

  protected save(): void {
    const value = this.form.getRawValue();
    if (!value.textEn.trim() && !value.textTr.trim()) this.form.controls.textEn.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const offered = this.offered();
    const request: SaveLogframeIndicatorRequest = {
      text: bilingual(value.textEn, value.textTr),
      unit: value.unit,
      baselineValue: Number(value.baselineValue),
      baselineDate: isoDay(value.baselineDate) ?? '',
      targetValue: Number(value.targetValue),
      targetDate: isoDay(value.targetDate) ?? '',
      meansOfVerification: bilingual(value.verificationEn, value.verificationTr),
      disaggregations: LOGFRAME_DISAGGREGATIONS.filter(
        (d) => this.chosen().includes(d) && offered.includes(d),
      ),
      source: value.source,
    };
    this.saving.set(true);
    this.error.set(null);
    const target = this.existing ? { indicatorId: this.existing.id } : { itemId: this.data.item.id };
    this.service.saveIndicator(target, request).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (failure: unknown) => {
        this.saving.set(false);
        const body = toApiError(failure);
        const unmatched = applyFieldErrors(this.form, body.details, (field) =>
          field === 'text'
            ? 'textEn'
            : field === 'meansOfVerification'
              ? 'verificationEn'
              : field.split('.')[0],
        );
        if (!body.details?.length || unmatched.length) this.error.set(body);
      },
    });
  }
}
