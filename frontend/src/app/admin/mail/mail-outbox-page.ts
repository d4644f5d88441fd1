import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import type { MailSummary } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { ErrorBanner } from '../../shared/error-banner';
import { PagedList, searchText } from '../../shared/paged-list';
import { MailFilters, MailOutboxService } from './mail-outbox.service';

/**
 * Every mail the portal sent or would have sent, newest first: without an SMTP server this is
 * where the mails can be read.
 */
@Component({
  selector: 'app-mail-outbox-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorBanner,
  ],
  templateUrl: './mail-outbox-page.html',
  styleUrls: ['../admin-list.scss', './mail-status.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailOutboxPage {
  private readonly service = inject(MailOutboxService);
  protected readonly locale = inject(LanguageService).locale;

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly recipient = searchText(this.search);
  protected readonly list = new PagedList<MailSummary, MailFilters>(
    () => ({ recipient: this.recipient() }),
    (query) => this.service.list(query),
  );

  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow() ? ['subject', 'status'] : ['created', 'recipient', 'subject', 'status'],
  );
}
