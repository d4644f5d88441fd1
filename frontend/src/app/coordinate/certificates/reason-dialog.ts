import { ChangeDetectionStrategy, Component, Injector, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { FieldErrorPipe } from '../../shared/field-error.pipe';

export interface ReasonDialogData {
  /** Translation keys, with the parameters they need. */
  title: string;
  message: string;
  confirm: string;
  params?: Record<string, unknown>;
  /** A text from the API shown as it came (e.g. the criteria that are not met). */
  detail?: string;
  /** The fewest characters the API accepts as a reason. */
  minLength: number;
  /** When given, the holder's name is asked for too, starting from this one. */
  holderName?: string;
}

export interface ReasonDialogResult {
  reason: string;
  holderName: string;
}

/** Asks why (and, to re-issue, under which name) before a certificate is changed. */
@Component({
  selector: 'app-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './reason-dialog.html',
  styleUrl: './reason-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, ReasonDialogResult>>(MatDialogRef);
  protected readonly asksName = this.data.holderName !== undefined;
  protected readonly form = inject(NonNullableFormBuilder).group({
    holderName: [
      this.data.holderName ?? '',
      this.asksName ? [Validators.required, Validators.minLength(2), Validators.maxLength(120)] : [],
    ],
    reason: ['', [Validators.required, Validators.minLength(this.data.minLength), Validators.maxLength(500)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { reason, holderName } = this.form.getRawValue();
    this.ref.close({ reason: reason.trim(), holderName: holderName.trim() });
  }
}

/**
 * Opens the dialog; emits once, with the answer, or undefined when cancelled. The page's injector
 * gives the dialog the area's form-field defaults.
 */
export function askReason(
  dialog: MatDialog,
  injector: Injector,
  data: ReasonDialogData,
): Observable<ReasonDialogResult | undefined> {
  return dialog
    .open<ReasonDialog, ReasonDialogData, ReasonDialogResult>(ReasonDialog, {
      data,
      injector,
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    })
    .afterClosed();
}
