import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { linkify } from './linkify';
import { MailOutboxService } from './mail-outbox.service';
import { LoadState } from '../../shared/load-state';

/** One mail as its recipient reads it (the text body, its links clickable), with its delivery. */
@Component({
  selector: 'app-mail-detail-page',
  imports: [DatePipe, RouterLink, MatCardModule, MatButtonModule, MatIconModule, TranslatePipe, LoadState],
  templateUrl: './mail-detail-page.html',
  styleUrls: ['../admin-form.scss', './mail-status.scss', './mail-detail-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailDetailPage {
  private readonly service = inject(MailOutboxService);
  protected readonly locale = inject(LanguageService).locale;

  /** The mail's id, from the address. */
  readonly id = input.required<string>();

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.get(params),
  });
  protected readonly mail = computed(() => (this.loaded.hasValue() ? this.loaded.value() : undefined));
  protected readonly body = computed(() => linkify(this.mail()?.textBody ?? ''));
  protected readonly loadError = computed(() =>
    this.loaded.error() ? toApiError(this.loaded.error()) : null,
  );
}
