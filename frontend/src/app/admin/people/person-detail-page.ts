import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable, finalize } from 'rxjs';
import type { ApiErrorBody, PersonDetail, Role } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { ErrorBanner } from '../../shared/error-banner';
import { PeopleAdminService } from './people-admin.service';
import { RoleCheckboxes, atLeastOneRole } from './role-checkboxes';
import { SetPasswordForm } from './set-password-form';
import { LoadState } from '../../shared/load-state';

/**
 * One account: its roles, whether it may sign in (and a way past a sign-in throttle), and a new
 * password when one is needed.
 */
@Component({
  selector: 'app-person-detail-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    LoadState,
    TranslatePipe,
    ErrorBanner,
    RoleCheckboxes,
    SetPasswordForm,
  ],
  templateUrl: './person-detail-page.html',
  styleUrl: '../admin-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonDetailPage {
  private readonly service = inject(PeopleAdminService);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly locale = inject(LanguageService).locale;

  /** The person's id, from the address. */
  readonly id = input.required<string>();

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.get(params),
  });
  /** The person as last loaded or saved. */
  protected readonly person = linkedSignal<PersonDetail | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadError = computed(() =>
    this.loaded.error() ? toApiError(this.loaded.error()) : null,
  );
  protected readonly isSelf = computed(() => this.auth.currentPerson()?.id === this.id());

  protected readonly roles = new FormControl<Role[]>([], { nonNullable: true, validators: atLeastOneRole });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  constructor() {
    // Show the saved roles whenever the person (re)loads.
    effect(() => {
      const person = this.person();
      if (person) this.roles.reset(person.roles);
    });
  }

  protected saveRoles(): void {
    if (this.roles.invalid) {
      this.roles.markAsTouched();
      return;
    }
    this.run(this.service.changeRoles(this.id(), this.roles.value), 'people.rolesSaved');
  }

  protected toggleDisabled(person: PersonDetail): void {
    const key = person.disabled ? 'people.enabledNotice' : 'people.disabledNotice';
    this.run(this.service.setDisabled(this.id(), !person.disabled), key);
  }

  protected unlockSignIn(): void {
    this.run(this.service.unlockSignIn(this.id()), 'people.unlockedNotice');
  }

  protected sendInvitation(person: PersonDetail): void {
    this.busy.set(true);
    this.error.set(null);
    this.service
      .sendInvitation(this.id())
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () =>
          this.snackBar.open(
            this.translate.instant('people.invitationSent', { email: person.email }),
            undefined,
            { duration: 4000 },
          ),
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }

  private run(request: Observable<PersonDetail>, doneKey: string): void {
    this.busy.set(true);
    this.error.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (person) => {
        this.person.set(person);
        this.snackBar.open(this.translate.instant(doneKey, { name: person.fullName }), undefined, {
          duration: 4000,
        });
      },
      error: (failure: unknown) => this.error.set(toApiError(failure)),
    });
  }
}
