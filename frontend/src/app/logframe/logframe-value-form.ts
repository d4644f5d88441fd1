import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import {
  AGE_BANDS,
  GENDERS,
  LOGFRAME_EVIDENCE_MAX_BYTES,
  LOGFRAME_EVIDENCE_TYPES,
  ORGANISATION_TYPES,
  type ApiErrorBody,
  type LogframeCell,
  type LogframeDisaggregation,
  type LogframeIndicator,
  type LogframeManualValue,
} from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { readAsDataUrl } from '../coordinate/certificate-template/image-file';
import { AmountField } from '../shared/amount-field';
import { DateField } from '../shared/date-field';
import { isoDay } from '../shared/date-time';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { LogframeService } from './logframe.service';

/** The cells a person can fill in by hand for each disaggregation with a known list of keys. */
const CELL_KEYS: Partial<Record<LogframeDisaggregation, readonly string[]>> = {
  gender: GENDERS,
  organisation_type: ORGANISATION_TYPES,
  age_band: AGE_BANDS,
};

/** Enters a value measured outside the product for a period, with its source and an evidence file. */
@Component({
  selector: 'app-logframe-value-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    AmountField,
    DateField,
    ErrorBanner,
    FieldErrorPipe,
  ],
  templateUrl: './logframe-value-form.html',
  styleUrl: './logframe-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogframeValueForm {
  private readonly service = inject(LogframeService);
  readonly indicator = input.required<LogframeIndicator>();
  readonly saved = output<LogframeManualValue>();
  protected readonly accept = '.pdf,.png,.jpg,.jpeg,.xlsx';
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly fileProblem = signal<'type' | 'size' | null>(null);
  protected readonly cells = signal<Record<string, number | null>>({});
  protected readonly cellGroups = computed(() =>
    this.indicator()
      .disaggregations.filter((by) => CELL_KEYS[by])
      .map((by) => ({ by, keys: CELL_KEYS[by] as readonly string[] })),
  );

  protected readonly form = inject(FormBuilder).nonNullable.group({
    periodStart: [null as import('luxon').DateTime | null, Validators.required],
    periodEnd: [null as import('luxon').DateTime | null, Validators.required],
    value: [null as number | null, [Validators.required, Validators.min(0)]],
    sourceNote: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(1000)]],
  });

  protected cellLabel(by: LogframeDisaggregation): string {
    return { gender: 'genders', organisation_type: 'organisationTypes', age_band: 'logframe.ageBands' }[
      by as 'gender'
    ];
  }

  protected setCell(by: LogframeDisaggregation, key: string, raw: string): void {
    this.cells.update((cells) => ({ ...cells, [`${by}|${key}`]: raw === '' ? null : Number(raw) }));
  }

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    if (!file) return this.fileProblem.set(null);
    if (!(LOGFRAME_EVIDENCE_TYPES as readonly string[]).includes(file.type))
      return this.fileProblem.set('type');
    this.fileProblem.set(file.size > LOGFRAME_EVIDENCE_MAX_BYTES ? 'size' : null);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.fileProblem()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const cells: LogframeCell[] = Object.entries(this.cells())
      .filter(([, v]) => v !== null && !Number.isNaN(v))
      .map(([cell, v]) => {
        const [by, key] = cell.split('|');
        return { by: by as LogframeDisaggregation, key, value: v as number };
      });
    const file = this.file();
    this.saving.set(true);
    this.error.set(null);
    const request = {
      periodStart: isoDay(value.periodStart) ?? '',
      periodEnd: isoDay(value.periodEnd) ?? '',
      value: Number(value.value),
      cells,
      sourceNote: value.sourceNote.trim(),
      evidence: file ? { name: file.name, dataUrl: await readAsDataUrl(file) } : null,
    };
    this.service.addValue(this.indicator().id, request).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.form.reset();
        this.cells.set({});
        this.file.set(null);
        this.saved.emit(saved);
      },
      error: (failure: unknown) => {
        this.saving.set(false);
        const body = toApiError(failure);
        const unmatched = applyFieldErrors(this.form, body.details, (field) => field.split('.')[0]);
        if (!body.details?.length || unmatched.length) this.error.set(body);
      },
    });
  }
}
