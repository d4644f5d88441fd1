import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import type { OrganisationOption } from '@atolye/shared';
import { checkOnControlEvents } from './control-changes';
import { FieldErrorPipe } from './field-error.pipe';
import { OrganisationOptionsService } from './organisation-options.service';

/** What the picker holds once an organisation is chosen (a profile only knows id and name). */
export type PickedOrganisation = Pick<OrganisationOption, 'id' | 'name'> & Partial<OrganisationOption>;
/** While typing the control holds text; after a choice, the organisation. */
export type OrganisationControl = FormControl<PickedOrganisation | string | null>;

/** A text field that suggests organisations by name as the person types. */
@Component({
  selector: 'app-organisation-picker',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatAutocompleteModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './organisation-picker.html',
  styleUrl: './organisation-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationPicker {
  private readonly options = inject(OrganisationOptionsService);

  readonly control = input.required<OrganisationControl>();
  readonly required = input(false);
  /** Translation key of the hint under the field. */
  readonly hint = input('fields.organisationHint');

  protected readonly suggestions = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
      map((value) => (typeof value === 'string' ? value.trim() : null)),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((text) =>
        text === null
          ? of([])
          : // A failed suggestion request only means no suggestions; the form still works.
            this.options.search(text).pipe(catchError(() => of([] as OrganisationOption[]))),
      ),
    ),
    { initialValue: [] as OrganisationOption[] },
  );

  constructor() {
    checkOnControlEvents(this.control);
  }

  protected display(value: PickedOrganisation | string | null): string {
    return typeof value === 'string' ? value : (value?.name ?? '');
  }

  protected place(option: OrganisationOption): string {
    return [option.province, option.country].filter(Boolean).join(', ');
  }
}
