import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { ORGANISATION_TYPES, type OrganisationType } from '@atolye/shared';
import { FieldErrorPipe } from '../shared/field-error.pipe';

/** The organisation's type, one of the shared list, in the administrator's form and the profile. */
@Component({
  selector: 'app-organisation-type-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslatePipe, FieldErrorPipe],
  templateUrl: './organisation-type-field.html',
  styleUrl: './vocabulary-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationTypeField {
  readonly control = input.required<FormControl<OrganisationType>>();
  protected readonly types = ORGANISATION_TYPES;
}
