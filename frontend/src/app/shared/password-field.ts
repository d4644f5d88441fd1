import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { checkOnControlEvents } from './control-changes';
import { FieldErrorPipe } from './field-error.pipe';

/** A password input with a show/hide button and its own error text. */
@Component({
  selector: 'app-password-field',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './password-field.html',
  styleUrl: './password-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input('fields.password');
  readonly hint = input<string | null>(null);
  /** `current-password` to let password managers fill it, `new-password` to let them suggest one. */
  readonly autocomplete = input<'current-password' | 'new-password'>('current-password');

  protected readonly visible = signal(false);

  constructor() {
    checkOnControlEvents(this.control);
  }
}
