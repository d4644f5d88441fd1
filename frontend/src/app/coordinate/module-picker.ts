import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl, ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { map, startWith, switchMap } from 'rxjs';
import type { ModuleVersionSummary } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';

/** A training needs at least one module. */
export const atLeastOneModule: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { modulesRequired: true };

/**
 * Picks published module versions for a training, in teaching order: the chosen list can be
 * reordered and pruned; the published list adds a module, or switches to another version of one.
 */
@Component({
  selector: 'app-module-picker',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, DurationPipe, LocalisedPipe],
  templateUrl: './module-picker.html',
  styleUrl: './module-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModulePicker {
  protected readonly language = inject(LanguageService).current;

  /** The chosen module version ids, in order. */
  readonly control = input.required<FormControl<string[]>>();
  /** Every published module version. */
  readonly modules = input.required<ModuleVersionSummary[]>();

  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => ({ ids: control.value, showError: control.touched && control.invalid })),
        ),
      ),
    ),
    { initialValue: { ids: [] as string[], showError: false } },
  );
  protected readonly showError = computed(() => this.state().showError);
  protected readonly chosen = computed(() =>
    this.state().ids.flatMap((id) => this.modules().filter((m) => m.id === id)),
  );
  protected readonly totals = computed(() => ({
    count: this.chosen().length,
    lessons: this.chosen().reduce((sum, m) => sum + m.lessonCount, 0),
    minutes: this.chosen().reduce((sum, m) => sum + m.estimatedMinutes, 0),
  }));

  /** "add", "switch" (another version of it is chosen) or "chosen". */
  protected action(module: ModuleVersionSummary): 'add' | 'switch' | 'chosen' {
    const same = this.chosen().find((m) => m.slug === module.slug);
    if (!same) return 'add';
    return same.id === module.id ? 'chosen' : 'switch';
  }

  protected add(module: ModuleVersionSummary): void {
    const ids = this.control().value;
    const index = this.chosen().findIndex((m) => m.slug === module.slug);
    const current = index >= 0 ? this.chosen()[index].id : null;
    this.set(current ? ids.map((id) => (id === current ? module.id : id)) : [...ids, module.id]);
  }

  protected move(index: number, by: -1 | 1): void {
    const ids = [...this.control().value];
    const target = index + by;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    this.set(ids);
  }

  protected remove(index: number): void {
    this.set(this.control().value.filter((_, i) => i !== index));
  }

  private set(ids: string[]): void {
    const control = this.control();
    control.setValue(ids);
    control.markAsDirty();
    control.markAsTouched();
  }
}
