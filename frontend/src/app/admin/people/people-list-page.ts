import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ROLES, type PersonSummary, type Role } from '@atolye/shared';
import { PagedList, searchText } from '../../shared/paged-list';
import { PeopleAdminService } from './people-admin.service';
import { narrowScreen } from '../../shared/narrow-screen';
import { PagedTable } from '../../shared/paged-table';

/** Everyone with an account, searchable and filterable by role, a page at a time. */
@Component({
  selector: 'app-people-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    PagedTable,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
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

  private readonly narrow = narrowScreen();
  protected readonly columns = computed(() =>
    this.narrow() ? ['name', 'roles', 'status'] : ['name', 'email', 'organisation', 'roles', 'status'],
  );
}
