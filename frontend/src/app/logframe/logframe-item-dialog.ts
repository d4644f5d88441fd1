import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorBody, LocalisedText, LogframeItem, LogframeLevel } from '@atolye/shared';
import { applyFieldErrors, toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { BilingualFields } from '../shared/bilingual-fields';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { LocalisedPipe } from '../shared/localised';
import { LogframeService } from './logframe.service';

export interface LogframeItemDialogData {
  level: LogframeLevel;
  /** The item edited; absent for a new one. */
  item?: LogframeItem;
  /** A new item's parent. */
  parent: LogframeItem | null;
  /** Every item, to move an edited one under another parent of the same level. */
  items: LogframeItem[];
}

const PARENT_LEVEL: Record<LogframeLevel, LogframeLevel | null> = {
  overall_objective: null,
  specific_objective: 'overall_objective',
  result: 'specific_objective',
  activity: 'result',
};

/** Only the languages written: an empty text is left out rather than sent empty. */
export function bilingual(en: string, tr: string): LocalisedText {
  return { ...(en.trim() ? { en: en.trim() } : {}), ...(tr.trim() ? { tr: tr.trim() } : {}) };
}

/** Adds or edits an objective, result or activity; closes with the saved item. */
@Component({
  selector: 'app-logframe-item-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    BilingualFields,
    ErrorBanner,
    FieldErrorPipe,
    LocalisedPipe,
  ],
  templateUrl: './logframe-item-dialog.html',
  styleUrl: './logframe-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogframeItemDialog {
  private readonly service = inject(LogframeService);
  private readonly dialogRef = inject<MatDialogRef<LogframeItemDialog, LogframeItem>>(MatDialogRef);
  protected readonly data = inject<LogframeItemDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService).current;
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly parentLevel = PARENT_LEVEL[this.data.level];
  protected readonly parents = this.data.items.filter((i) => i.level === this.parentLevel);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    titleEn: [this.data.item?.title.en ?? '', [Validators.maxLength(1000)]],
    titleTr: [this.data.item?.title.tr ?? '', [Validators.maxLength(1000)]],
    assumptionsEn: [this.data.item?.assumptions.en ?? '', [Validators.maxLength(1000)]],
    assumptionsTr: [this.data.item?.assumptions.tr ?? '', [Validators.maxLength(1000)]],
    parentId: [this.data.item?.parentId ?? this.data.parent?.id ?? ''],
  });

  protected save(): void {
    const value = this.form.getRawValue();
    if (!value.titleEn.trim() && !value.titleTr.trim()) {
      this.form.controls.titleEn.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    if (this.form.invalid) return;
    this.saving.set(true);
    this.error.set(null);
    const request = {
      level: this.data.level,
      parentId: value.parentId || null,
      title: bilingual(value.titleEn, value.titleTr),
      assumptions: bilingual(value.assumptionsEn, value.assumptionsTr),
    };
    this.service.saveItem(this.data.item?.id ?? null, request).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (failure: unknown) => {
        this.saving.set(false);
        const body = toApiError(failure);
        const unmatched = applyFieldErrors(this.form, body.details, (field) =>
          field === 'title' ? 'titleEn' : field,
        );
        if (!body.details?.length || unmatched.length) this.error.set(body);
      },
    });
  }
}
