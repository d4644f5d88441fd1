import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, map } from 'rxjs';

export interface ConfirmDialogData {
  /** Translation keys, with the parameters they need. */
  title: string;
  message: string;
  confirm: string;
  params?: Record<string, unknown>;
}

/** Asks before something that cannot simply be undone (withdrawing, archiving, rejecting). */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  templateUrl: './confirm-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the dialog; emits once, true only when the person confirmed. */
export function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data,
      maxWidth: '440px',
      autoFocus: 'dialog',
    })
    .afterClosed()
    .pipe(map((answer) => answer === true));
}
