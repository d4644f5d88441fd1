import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { DateTime } from 'luxon';
import { checkOnControlEvents } from './control-changes';
import { FieldErrorPipe } from './field-error.pipe';

/**
 * A day typed in the reader's format or picked from the calendar, with its error text. Its area
 * must provide the date adapter (`DATE_INPUT_PROVIDERS`).
 */
@Component({
  selector: 'app-date-field',
  imports: [
    ReactiveFormsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './date-field.html',
  styleUrl: './form-field-part.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateField {
  readonly control = input.required<FormControl<DateTime | null>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();

  constructor() {
    checkOnControlEvents(this.control);
  }
}
