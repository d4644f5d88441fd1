import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * One row of a rows card: its fields, given as content, in a group that screen readers name by
 * the row's number, and the button that removes it.
 */
@Component({
  selector: 'app-removable-row',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './removable-row.html',
  styleUrl: './removable-row.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemovableRow {
  /** Translation keys of the group's name and of the remove button's, both given `n`. */
  readonly legend = input.required<string>();
  readonly removeLabel = input.required<string>();
  /** The row's number as people count, from 1. */
  readonly n = input.required<number>();
  readonly remove = output();
}
