import { ChangeDetectionStrategy, Component, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { TrainerRoster } from './trainer-roster';

export interface TrainerPickerData {
  /** The trainers chosen so far. */
  selected: string[];
  /** The session's language and days, to start the roster's filters from. */
  language: string;
  from: string;
  to: string;
}

/** The roster in a dialog: the session's trainers are chosen with a box on each row. */
@Component({
  selector: 'app-trainer-picker-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe, TrainerRoster],
  template: `
    <h2 mat-dialog-title>{{ 'trainers.pickTitle' | translate }}</h2>
    <mat-dialog-content>
      <p class="muted">{{ 'trainers.pickIntro' | translate }}</p>
      <app-trainer-roster
        [selectable]="true"
        [(selected)]="selected"
        [startLanguage]="data.language"
        [startFrom]="data.from"
        [startTo]="data.to"
      />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <span class="muted chosen" role="status">{{
        'trainers.chosen' | translate: { count: selected().length }
      }}</span>
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="selected()">
        {{ 'trainers.useChosen' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .chosen {
      margin-inline-end: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerPickerDialog {
  protected readonly data = inject<TrainerPickerData>(MAT_DIALOG_DATA);
  protected readonly selected = signal([...this.data.selected]);
}

/**
 * Opens the picker; emits the chosen ids, or undefined when cancelled. The caller's injector
 * carries its area's date adapter into the dialog.
 */
export function pickTrainers(
  dialog: MatDialog,
  injector: Injector,
  data: TrainerPickerData,
): Observable<string[] | undefined> {
  return dialog
    .open<TrainerPickerDialog, TrainerPickerData, string[]>(TrainerPickerDialog, {
      data,
      injector,
      width: '1100px',
      maxWidth: '96vw',
      autoFocus: 'dialog',
    })
    .afterClosed();
}
