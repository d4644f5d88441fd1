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
import { ORGANISATION_TYPES, type Organisation, type OrganisationType } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { CountryNamePipe } from '../../shared/country-name.pipe';
import { ErrorBanner } from '../../shared/error-banner';
import { PagedList, searchText } from '../../shared/paged-list';
import { OrganisationFilters, OrganisationsService } from './organisations.service';
import { ScrollRegion } from '../../shared/scroll-region';

/** The organisations the programme reaches, searchable and filterable by type. */
@Component({
  selector: 'app-organisation-list-page',
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
    CountryNamePipe,
    ErrorBanner,
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

  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow() ? ['name', 'type'] : ['name', 'type', 'place', 'areas'],
  );
}
