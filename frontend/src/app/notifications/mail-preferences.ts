import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { OPTIONAL_MAIL_KINDS, type ApiErrorBody, type OptionalMailKind, type Role } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { ErrorBanner } from '../shared/error-banner';
import { NotificationsService } from './notifications.service';

/** Who an optional mail is for: each person sees only the ones their roles receive. */
const RECEIVED_BY: Record<OptionalMailKind, Role> = {
  meeting_reminder: 'trainee',
  evaluation_open: 'trainee',
  trainer_roster: 'trainer',
  coordinator_digest: 'coordinator',
  quiz_closing: 'trainee',
  follow_up_due: 'trainee',
};

/** The profile's switches for optional mails; saved as soon as one is changed. */
@Component({
  selector: 'app-mail-preferences',
  imports: [MatCheckboxModule, TranslatePipe, ErrorBanner],
  template: `
    <p class="muted">{{ 'notifications.preferences.intro' | translate }}</p>
    <app-error-banner [error]="error()" />
    @for (kind of kinds(); track kind) {
      <div>
        <mat-checkbox
          [checked]="!optedOut().includes(kind)"
          [disabled]="busy() || !loaded.hasValue()"
          (change)="toggle(kind, $event.checked)"
        >
          {{ 'notifications.preferences.' + kind | translate }}
        </mat-checkbox>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailPreferencesForm {
  private readonly service = inject(NotificationsService);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly loaded = rxResource({ stream: () => this.service.preferences() });
  protected readonly optedOut = linkedSignal<OptionalMailKind[]>(() =>
    this.loaded.hasValue() ? this.loaded.value().optedOut : [],
  );
  protected readonly kinds = computed(() =>
    OPTIONAL_MAIL_KINDS.filter((kind) => this.auth.roles().includes(RECEIVED_BY[kind])),
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected toggle(kind: OptionalMailKind, receive: boolean): void {
    const optedOut = receive ? this.optedOut().filter((k) => k !== kind) : [...this.optedOut(), kind];
    this.busy.set(true);
    this.error.set(null);
    this.service.savePreferences({ optedOut }).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.optedOut.set(saved.optedOut);
        this.snackBar.open(this.translate.instant('notifications.preferences.saved'), undefined, {
          duration: 3000,
        });
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(toApiError(failure));
      },
    });
  }
}
