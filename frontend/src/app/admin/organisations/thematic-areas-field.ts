import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { startWith, switchMap } from 'rxjs';

const MAX_AREAS = 20;
const MAX_AREA_LENGTH = 60;

/** Thematic areas as chips: type one and press Enter or comma; remove with its button. */
@Component({
  selector: 'app-thematic-areas-field',
  imports: [MatChipsModule, MatFormFieldModule, MatIconModule, TranslatePipe],
  templateUrl: './thematic-areas-field.html',
  styleUrl: './thematic-areas-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThematicAreasField {
  readonly control = input.required<FormControl<string[]>>();

  protected readonly maxLength = MAX_AREA_LENGTH;
  protected readonly areas = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: [] as string[] },
  );

  protected add(event: MatChipInputEvent): void {
    const area = event.value.trim().slice(0, MAX_AREA_LENGTH);
    const current = this.control().value;
    if (area && current.length < MAX_AREAS && !current.some((a) => a.toLowerCase() === area.toLowerCase())) {
      this.control().setValue([...current, area]);
      this.control().markAsDirty();
    }
    event.chipInput.clear();
  }

  protected remove(area: string): void {
    this.control().setValue(this.control().value.filter((a) => a !== area));
    this.control().markAsDirty();
  }
}
