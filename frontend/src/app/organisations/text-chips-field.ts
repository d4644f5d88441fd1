import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { startWith, switchMap } from 'rxjs';

/** Free words as chips (network names, country codes): type one and press Enter; remove with its button. */
@Component({
  selector: 'app-text-chips-field',
  imports: [MatChipsModule, MatFormFieldModule, MatIconModule, TranslatePipe],
  templateUrl: './text-chips-field.html',
  styles: ':host { display: block; } .field { width: 100%; }',
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

  protected add(event: MatChipInputEvent): void {
    let value = event.value.trim().slice(0, this.maxLength());
    if (this.uppercase()) value = value.toUpperCase();
    const current = this.control().value;
    const known = current.some((v) => v.toLocaleLowerCase('tr') === value.toLocaleLowerCase('tr'));
    if (value && current.length < this.maxItems() && !known) {
      this.control().setValue([...current, value]);
      this.control().markAsDirty();
    }
    event.chipInput.clear();
  }

  protected remove(value: string): void {
    this.control().setValue(this.control().value.filter((v) => v !== value));
    this.control().markAsDirty();
  }
}
