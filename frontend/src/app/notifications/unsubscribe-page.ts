import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OPTIONAL_MAIL_KINDS, type ApiErrorBody } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { NotificationsService } from './notifications.service';

/** From the link at the foot of an optional mail: switches that kind of mail off, signed in or not. */
@Component({
  selector: 'app-unsubscribe-page',
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslatePipe, ErrorBanner],
  template: `
    <h1>{{ 'notifications.unsubscribe.title' | translate }}</h1>
    <app-error-banner [error]="error()" />
    @if (done()) {
      <p role="status">{{ 'notifications.unsubscribe.done' | translate }}</p>
      <a mat-button routerLink="/profile">{{ 'notifications.unsubscribe.profile' | translate }}</a>
    } @else if (known()) {
      <p>
        {{
          'notifications.unsubscribe.ask'
            | translate: { kind: ('notifications.preferences.' + kind() | translate) }
        }}
      </p>
      <button mat-flat-button type="button" [disabled]="busy()" (click)="confirm()">
        {{ 'notifications.unsubscribe.confirm' | translate }}
      </button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnsubscribePage {
  private readonly service = inject(NotificationsService);
  /** From the address: `/unsubscribe?token=…&kind=…`. */
  readonly token = input('');
  readonly kind = input('');
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected known(): boolean {
    return (OPTIONAL_MAIL_KINDS as readonly string[]).includes(this.kind());
  }

  protected confirm(): void {
    this.busy.set(true);
    this.error.set(null);
    this.service.unsubscribe(this.token(), this.kind()).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(toApiError(failure));
      },
    });
  }
}
