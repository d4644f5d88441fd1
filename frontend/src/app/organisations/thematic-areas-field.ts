import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { THEMATIC_AREAS, type ThematicArea } from '@atolye/shared';
import { FieldErrorPipe } from '../shared/field-error.pipe';

/** The areas an organisation works in, any of the shared list, in the administrator's form and the profile. */
@Component({
  selector: 'app-thematic-areas-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslatePipe, FieldErrorPipe],
  templateUrl: './thematic-areas-field.html',
  styleUrl: './vocabulary-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThematicAreasField {
  readonly control = input.required<FormControl<ThematicArea[]>>();
  protected readonly areas = THEMATIC_AREAS;
}
