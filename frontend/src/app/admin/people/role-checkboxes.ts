import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toSignal, toObservable } from '@angular/core/rxjs-interop';
import type { FormControl, ValidatorFn } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';
import { map, startWith, switchMap } from 'rxjs';
import { ROLES, type Role } from '@atolye/shared';

/** A person holds at least one role. */
export const atLeastOneRole: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { rolesRequired: true };

/** One checkbox per role, bound to a control holding the chosen roles. */
@Component({
  selector: 'app-role-checkboxes',
  imports: [MatCheckboxModule, TranslatePipe],
  templateUrl: './role-checkboxes.html',
  styleUrl: './role-checkboxes.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleCheckboxes {
  readonly control = input.required<FormControl<Role[]>>();
  /** Shown instead of the checkboxes being usable, e.g. for one's own account. */
  readonly disabledReason = input<string | null>(null);
  /** Keep the legend for screen readers only, when a heading above already says "Roles". */
  readonly legendHidden = input(false);

  protected readonly roles = ROLES;
  /** The control's state as a signal: its value, and whether to show the "pick one" error. */
  protected readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => ({
            chosen: control.value,
            showError: control.touched && control.hasError('rolesRequired'),
          })),
        ),
      ),
    ),
    { initialValue: { chosen: [] as Role[], showError: false } },
  );
  /** The reason and the error are read with the group, not only announced once. */
  protected readonly describedBy = computed(
    () =>
      [this.disabledReason() ? 'roles-reason' : null, this.state().showError ? 'roles-error' : null]
        .filter(Boolean)
        .join(' ') || null,
  );

  protected toggle(role: Role, checked: boolean): void {
    const control = this.control();
    const next = checked ? [...control.value, role] : control.value.filter((r) => r !== role);
    control.setValue(ROLES.filter((r) => next.includes(r)));
    control.markAsDirty();
    control.markAsTouched();
  }
}
