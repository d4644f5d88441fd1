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
import { ORGANISATION_TYPES, type Organisation, type OrganisationType } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { CountryNamePipe } from '../../shared/country-name.pipe';
import { PagedList, searchText } from '../../shared/paged-list';
import { OrganisationFilters, OrganisationsService } from './organisations.service';
import { narrowScreen } from '../../shared/narrow-screen';
import { PagedTable } from '../../shared/paged-table';

/** The organisations the programme reaches, searchable and filterable by type. */
@Component({
  selector: 'app-organisation-list-page',
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
    CountryNamePipe,
  ],
  templateUrl: './organisation-list-page.html',
  styleUrl: '../admin-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationListPage {
  private readonly service = inject(OrganisationsService);
  protected readonly locale = inject(LanguageService).locale;

  protected readonly types = ORGANISATION_TYPES;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly type = signal<OrganisationType | ''>('');
  private readonly q = searchText(this.search);
  protected readonly list = new PagedList<Organisation, OrganisationFilters>(
    () => ({ q: this.q(), type: this.type() }),
    (query) => this.service.list(query),
  );

  private readonly narrow = narrowScreen();
  protected readonly columns = computed(() =>
    this.narrow() ? ['name', 'type'] : ['name', 'type', 'place', 'areas'],
  );
}
