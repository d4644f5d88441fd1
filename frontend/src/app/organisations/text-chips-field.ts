import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { startWith, switchMap } from 'rxjs';

/**
 * Free words as a list (network names, country codes): type one and press Enter (or leave the
 * field); each has its own remove button. A plain list rather than a chip grid, which screen
 * readers announce as a grid without rows.
 */
@Component({
  selector: 'app-text-chips-field',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  templateUrl: './text-chips-field.html',
  styleUrl: './text-chips-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextChipsField {
  readonly control = input.required<FormControl<string[]>>();
  /** Translation keys of the label and the hint. */
  readonly label = input.required<string>();
  readonly hint = input.required<string>();
  readonly maxLength = input(120);
  readonly maxItems = input(20);
  /** Country codes are kept in capitals. */
  readonly uppercase = input(false);

  protected readonly values = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: [] as string[] },
  );

  /** Enter adds the word instead of sending the form around it. */
  protected addOnEnter(entry: HTMLInputElement, event: Event): void {
    event.preventDefault();
    this.add(entry);
  }

  protected add(entry: HTMLInputElement): void {
    let value = entry.value.trim().slice(0, this.maxLength());
    if (this.uppercase()) value = value.toUpperCase();
    const current = this.control().value;
    const known = current.some((v) => v.toLocaleLowerCase('tr') === value.toLocaleLowerCase('tr'));
    if (value && current.length < this.maxItems() && !known) {
      this.control().setValue([...current, value]);
      this.control().markAsDirty();
    }
    entry.value = '';
  }

  protected remove(value: string): void {
    this.control().setValue(this.control().value.filter((v) => v !== value));
    this.control().markAsDirty();
  }
}
