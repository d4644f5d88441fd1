import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { checkOnControlEvents } from './control-changes';
import { FieldErrorPipe } from './field-error.pipe';

/** A number of zero or more (a baseline, a target, a measured value), with its error text. */
@Component({
  selector: 'app-amount-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  templateUrl: './amount-field.html',
  styleUrl: './form-field-part.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AmountField {
  readonly control = input.required<FormControl<number | null>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  /** Translation key of the hint, such as the unit the number counts. */
  readonly hint = input<string | null>(null);

  constructor() {
    checkOnControlEvents(this.control);
  }
}
