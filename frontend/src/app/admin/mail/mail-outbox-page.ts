import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { MailSummary } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { PagedList, searchText } from '../../shared/paged-list';
import { MailFilters, MailOutboxService } from './mail-outbox.service';
import { narrowScreen } from '../../shared/narrow-screen';
import { PagedTable } from '../../shared/paged-table';

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
    PagedTable,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    TranslatePipe,
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

  private readonly narrow = narrowScreen();
  protected readonly columns = computed(() =>
    this.narrow() ? ['subject', 'status'] : ['created', 'recipient', 'subject', 'status'],
  );
}
