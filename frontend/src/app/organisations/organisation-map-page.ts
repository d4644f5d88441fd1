import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  ORGANISATION_TYPES,
  THEMATIC_AREAS,
  TR_PROVINCES,
  provinceName,
  type MappedOrganisation,
  type OrganisationMap,
  type OrganisationMapQuery,
  type OrganisationType,
  type ProvinceCode,
  type ThematicArea,
} from '@atolye/shared';
import { AuthService } from '../core/auth.service';
import { LanguageService } from '../core/language.service';
import { type ChartRow, BarChart } from '../reports/bar-chart';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { ErrorBanner } from '../shared/error-banner';
import { PagedList, searchText } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { ScrollRegion } from '../shared/scroll-region';
import { OrganisationProfilesService } from './organisation-profiles.service';
import { ProvinceNamePipe } from './province-name.pipe';
import { TurkeyMap } from './turkey-map';
import { LoadingBar } from '../shared/loading-bar';

/**
 * The mapped organisations: filters, a map of Turkey by province with its table, counts by type
 * and thematic area, the list, and (for coordinators) the export of what the filters show.
 */
@Component({
  selector: 'app-organisation-map-page',
  imports: [
    LoadingBar,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    PagedTable,
    TranslatePipe,
    CountryNamePipe,
    ProvinceNamePipe,
    ErrorBanner,
    ScrollRegion,
    BarChart,
    TurkeyMap,
  ],
  templateUrl: './organisation-map-page.html',
  styleUrl: './organisation-map-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationMapPage {
  private readonly service = inject(OrganisationProfilesService);
  private readonly translate = inject(TranslateService);
  private readonly auth = inject(AuthService);
  protected readonly locale = inject(LanguageService).locale;
  /** Only coordinators and administrators export: the workbook holds the private fields. */
  protected readonly canExport = computed(() => this.auth.can('organisations.manage'));
  protected readonly canEditAny = this.canExport;

  protected readonly types = ORGANISATION_TYPES;
  protected readonly areas = THEMATIC_AREAS;
  protected readonly provinceOptions = TR_PROVINCES;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly type = signal<OrganisationType | ''>('');
  protected readonly province = signal<ProvinceCode | ''>('');
  protected readonly area = signal<ThematicArea | ''>('');
  protected readonly network = signal('');
  private readonly q = searchText(this.search);

  private readonly filters = computed<OrganisationMapQuery>(() => ({
    q: this.q() || undefined,
    type: this.type() || undefined,
    province: this.province() || undefined,
    area: this.area() || undefined,
    network: this.network() || undefined,
  }));
  protected readonly list = new PagedList<MappedOrganisation, OrganisationMapQuery>(this.filters, (query) =>
    this.service.map(query),
  );
  private readonly map = computed(() => this.list.page() as OrganisationMap | undefined);
  protected readonly networks = computed(() => this.map()?.networks ?? []);
  protected readonly exportUrl = computed(() => this.service.exportUrl(this.filters()));
  protected readonly filtered = computed(() => Object.values(this.filters()).some((v) => v !== undefined));

  protected readonly provinceCounts = computed(
    () => new Map((this.map()?.byProvince ?? []).map((p) => [p.province, p.organisations])),
  );
  protected readonly provinceRows = computed(() =>
    (this.map()?.byProvince ?? []).map((p) => ({ ...p, name: provinceName(p.province) })),
  );
  protected readonly typeRows = computed<ChartRow[]>(() =>
    (this.map()?.byType ?? []).map((t) => this.row(t.type, `organisationTypes.${t.type}`, t.organisations)),
  );
  protected readonly areaRows = computed<ChartRow[]>(() =>
    (this.map()?.byThematicArea ?? []).map((a) =>
      this.row(a.area, `thematicAreas.${a.area}`, a.organisations),
    ),
  );
  protected readonly columns = ['name', 'type', 'provinces', 'areas'];

  private row(key: string, labelKey: string, value: number): ChartRow {
    // Read in the template's change detection, so a language switch re-labels the charts.
    this.locale();
    return { key, label: this.translate.instant(labelKey), value, text: String(value) };
  }

  protected pickProvince(code: ProvinceCode): void {
    this.province.set(this.province() === code ? '' : code);
  }

  protected clearFilters(): void {
    this.search.setValue('');
    this.type.set('');
    this.province.set('');
    this.area.set('');
    this.network.set('');
  }
}
