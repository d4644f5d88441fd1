import { ChangeDetectionStrategy, Component, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, finalize, switchMap } from 'rxjs';
import type { ApiErrorBody } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { confirmAction } from '../../shared/confirm-dialog';
import { ErrorBanner } from '../../shared/error-banner';
import { CalendarService } from './calendar.service';

/**
 * The person's private calendar feed: an address to subscribe to in a calendar program, which
 * then shows every meeting of their sessions and follows changes. Resetting it cuts off the old one.
 */
@Component({
  selector: 'app-calendar-feed',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, ErrorBanner],
  templateUrl: './calendar-feed.html',
  styleUrl: './calendar-feed.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeed {
  private readonly service = inject(CalendarService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  private readonly loaded = rxResource({ stream: () => this.service.feed() });
  protected readonly url = linkedSignal(() => (this.loaded.hasValue() ? this.loaded.value().url : ''));
  protected readonly loadError = linkedSignal(() =>
    this.loaded.error() ? toApiError(this.loaded.error()) : null,
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected copy(): void {
    navigator.clipboard.writeText(this.url()).then(
      () => this.tell('calendar.copied'),
      // Without clipboard access (e.g. an insecure origin) the person can still select the text.
      () => this.tell('calendar.copyFailed'),
    );
  }

  protected reset(): void {
    confirmAction(this.dialog, {
      title: 'calendar.resetTitle',
      message: 'calendar.resetMessage',
      confirm: 'calendar.reset',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          this.error.set(null);
          return this.service.reset().pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: (feed) => {
          this.url.set(feed.url);
          this.tell('calendar.wasReset');
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }

  private tell(key: string): void {
    this.snackBar.open(this.translate.instant(key), undefined, { duration: 4000 });
  }
}
