import { Injectable } from '@nestjs/common';
import { provinceName, type OrganisationProfile } from '@atolye/shared';
import { xlsxFile, type SheetCell } from '../common/spreadsheet-export';
import type { MapCounts } from './organisation-map.repository';

type Cell = SheetCell;

const list = (values: readonly string[]) => values.join('; ');

/**
 * The organisation map as a workbook for coordinators: one row per organisation with its whole
 * profile, then the counts by province, type and thematic area. Headers are in English and
 * Turkish; vocabulary values are their stable codes (the same as the API's), which sort and
 * filter alike in either language.
 */
@Injectable()
export class OrganisationMapExportService {
  private organisationRows(profiles: OrganisationProfile[]): Cell[][] {
    const header = [
      'Name / Ad',
      'Type / Tür',
      'Legal form / Hukuki statü',
      'Year founded / Kuruluş yılı',
      'Country / Ülke',
      'Office province / Merkez ili',
      'Provinces of work / Çalıştığı iller',
      'Countries of work / Çalıştığı ülkeler',
      'Thematic areas / Tematik alanlar',
      'Other thematic areas / Diğer tematik alanlar',
      'Target groups / Hedef gruplar',
      'Networks / Ağlar',
      'Staff women / Kadın çalışan',
      'Staff men / Erkek çalışan',
      'Staff other / Diğer çalışan',
      'Volunteers women / Kadın gönüllü',
      'Volunteers men / Erkek gönüllü',
      'Volunteers other / Diğer gönüllü',
      'Contact person / İletişim kişisi',
      'Contact role / Görevi',
      'Contact email / E-posta',
      'Contact phone / Telefon',
      'Website / Web sitesi',
      'Profile updated (UTC) / Profil güncellendi (UTC)',
    ];
    const rows = profiles.map((p): Cell[] => [
      p.name,
      p.type,
      p.legalForm,
      p.yearFounded,
      p.country,
      p.province,
      list(p.workProvinces.map(provinceName)),
      list(p.workCountries),
      list(p.thematicAreas),
      p.thematicAreasOther,
      list(p.targetGroups),
      list(p.networks),
      p.staff.women,
      p.staff.men,
      p.staff.other,
      p.volunteers.women,
      p.volunteers.men,
      p.volunteers.other,
      p.contact.name,
      p.contact.role,
      p.contact.email,
      p.contact.phone,
      p.website,
      p.profileUpdatedAt ? p.profileUpdatedAt.slice(0, 16).replace('T', ' ') : null,
    ]);
    return [header, ...rows];
  }

  /** Every text goes through the shared writer's formula guard. */
  xlsx(profiles: OrganisationProfile[], counts: MapCounts): Promise<Buffer> {
    const rows = (header: Cell[], body: Cell[][]) => [header, ...body];
    return xlsxFile(
      [
        { name: 'Organisations', rows: this.organisationRows(profiles), columnWidth: 24 },
        {
          name: 'By province',
          rows: rows(
            ['Province / İl', 'Code / Kod', 'Organisations working there / Orada çalışan kurum'],
            counts.byProvince.map((c) => [provinceName(c.province), c.province, c.organisations]),
          ),
          columnWidth: 30,
        },
        {
          name: 'By type',
          rows: rows(
            ['Type / Tür', 'Organisations / Kurum'],
            counts.byType.map((c) => [c.type, c.organisations]),
          ),
          columnWidth: 30,
        },
        {
          name: 'By thematic area',
          rows: rows(
            ['Thematic area / Tematik alan', 'Organisations / Kurum'],
            counts.byThematicArea.map((c) => [c.area, c.organisations]),
          ),
          columnWidth: 30,
        },
      ].map((sheet) => ({ ...sheet, boldHeader: true, frozen: { columns: 0, rows: 1 } })),
    );
  }
}
