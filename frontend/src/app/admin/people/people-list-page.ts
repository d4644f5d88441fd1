import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { ROLES, type PersonSummary, type Role } from '@atolye/shared';
import { ErrorBanner } from '../../shared/error-banner';
import { PagedList, searchText } from '../../shared/paged-list';
import { PeopleAdminService } from './people-admin.service';
import { ScrollRegion } from '../../shared/scroll-region';

/** Everyone with an account, searchable and filterable by role, a page at a time. */
@Component({
  selector: 'app-people-list-page',
  imports: [
    ScrollRegion,
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorBanner,
  ],
  templateUrl: './people-list-page.html',
  styleUrl: '../admin-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleListPage {
  private readonly service = inject(PeopleAdminService);

  protected readonly roles = ROLES;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly role = signal<Role | ''>('');
  private readonly q = searchText(this.search);
  protected readonly list = new PagedList<PersonSummary, { q: string; role: Role | '' }>(
    () => ({ q: this.q(), role: this.role() }),
    (query) => this.service.list(query),
  );

  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow() ? ['name', 'roles', 'status'] : ['name', 'email', 'organisation', 'roles', 'status'],
  );
}
