import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { PagedList } from '../../shared/paged-list';
import { AuditChange } from './audit-change';
import { AuditFilters, AuditService } from './audit.service';
import { narrowScreen } from '../../shared/narrow-screen';
import { PagedTable } from '../../shared/paged-table';

/** Who changed what, and when: newest first, filterable by kind of change. */
@Component({
  selector: 'app-audit-log-page',
  imports: [
    DatePipe,
    MatTableModule,
    PagedTable,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    AuditChange,
  ],
  templateUrl: './audit-log-page.html',
  styleUrls: ['../admin-list.scss', './audit-log-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly service = inject(AuditService);
  protected readonly locale = inject(LanguageService).locale;

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly action = signal<AuditAction | ''>('');
  protected readonly list = new PagedList<AuditEntry, AuditFilters>(
    () => ({ action: this.action() }),
    (query) => this.service.list(query),
  );

  private readonly narrow = narrowScreen();
  protected readonly columns = computed(() =>
    this.narrow() ? ['summary'] : ['when', 'actor', 'action', 'subject', 'change'],
  );
}
