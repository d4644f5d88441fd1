import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** The edit and remove buttons at the end of a row, each named for the row it acts on. */
@Component({
  selector: 'app-row-actions',
  imports: [MatButtonModule, MatIconModule],
  templateUrl: './row-actions.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowActions {
  /** The buttons' accessible names, translated: "Edit indicator R1.2". */
  readonly editLabel = input.required<string>();
  readonly removeLabel = input.required<string>();
  readonly edit = output();
  readonly remove = output();
}
