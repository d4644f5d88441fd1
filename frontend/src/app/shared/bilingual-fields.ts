import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { checkOnControlEvents } from './control-changes';
import { FieldErrorPipe } from './field-error.pipe';

/**
 * One text written in English and in Turkish: two fields, each marked with its language so
 * spelling checkers and screen readers follow it. The two fields take their places in the
 * parent's layout as if written there.
 */
@Component({
  selector: 'app-bilingual-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  templateUrl: './bilingual-fields.html',
  styleUrl: './bilingual-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BilingualFields {
  readonly en = input.required<FormControl<string>>();
  readonly tr = input.required<FormControl<string>>();
  /** Translation keys of the two labels. */
  readonly labelEn = input.required<string>();
  readonly labelTr = input.required<string>();
  /** Translation key of a hint under the English field. */
  readonly hint = input<string | null>(null);
  /** Several lines (a text area) or one. */
  readonly multiline = input(true);

  protected readonly sides = computed(() => [
    { lang: 'en', control: this.en(), label: this.labelEn(), hint: this.hint() },
    { lang: 'tr', control: this.tr(), label: this.labelTr(), hint: null },
  ]);

  constructor() {
    checkOnControlEvents(this.en);
    checkOnControlEvents(this.tr);
  }
}
