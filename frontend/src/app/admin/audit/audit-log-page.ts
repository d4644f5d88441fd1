import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { ErrorBanner } from '../../shared/error-banner';
import { PagedList } from '../../shared/paged-list';
import { AuditChange } from './audit-change';
import { AuditFilters, AuditService } from './audit.service';
import { ScrollRegion } from '../../shared/scroll-region';

/** Who changed what, and when: newest first, filterable by kind of change. */
@Component({
  selector: 'app-audit-log-page',
  imports: [
    ScrollRegion,
    DatePipe,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorBanner,
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

  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow() ? ['summary'] : ['when', 'actor', 'action', 'subject', 'change'],
  );
}
