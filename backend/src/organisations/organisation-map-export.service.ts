import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { provinceName, type OrganisationProfile } from '@atolye/shared';
import { spreadsheetSafe } from '../common/spreadsheet-safe';
import type { MapCounts } from './organisation-map.repository';

type Cell = string | number | null;

const list = (values: readonly string[]) => spreadsheetSafe(values.join('; '));

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
      spreadsheetSafe(p.name),
      p.type,
      p.legalForm,
      p.yearFounded,
      p.country,
      spreadsheetSafe(p.province),
      list(p.workProvinces.map(provinceName)),
      list(p.workCountries),
      list(p.thematicAreas),
      p.thematicAreasOther === null ? null : spreadsheetSafe(p.thematicAreasOther),
      list(p.targetGroups),
      list(p.networks),
      p.staff.women,
      p.staff.men,
      p.staff.other,
      p.volunteers.women,
      p.volunteers.men,
      p.volunteers.other,
      p.contact.name === null ? null : spreadsheetSafe(p.contact.name),
      p.contact.role === null ? null : spreadsheetSafe(p.contact.role),
      p.contact.email === null ? null : spreadsheetSafe(p.contact.email),
      p.contact.phone === null ? null : spreadsheetSafe(p.contact.phone),
      p.website,
      p.profileUpdatedAt ? p.profileUpdatedAt.slice(0, 16).replace('T', ' ') : null,
    ]);
    return [header, ...rows];
  }

  async xlsx(profiles: OrganisationProfile[], counts: MapCounts): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheets: { name: string; rows: Cell[][]; widths: number }[] = [
      { name: 'Organisations', rows: this.organisationRows(profiles), widths: 24 },
      {
        name: 'By province',
        rows: [
          ['Province / İl', 'Code / Kod', 'Organisations working there / Orada çalışan kurum'],
          ...counts.byProvince.map((c) => [provinceName(c.province), c.province, c.organisations]),
        ],
        widths: 30,
      },
      {
        name: 'By type',
        rows: [
          ['Type / Tür', 'Organisations / Kurum'],
          ...counts.byType.map((c) => [c.type, c.organisations]),
        ],
        widths: 30,
      },
      {
        name: 'By thematic area',
        rows: [
          ['Thematic area / Tematik alan', 'Organisations / Kurum'],
          ...counts.byThematicArea.map((c) => [c.area, c.organisations]),
        ],
        widths: 30,
      },
    ];
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      worksheet.addRows(sheet.rows);
      worksheet.getRow(1).font = { bold: true };
      worksheet.columns.forEach((column) => (column.width = sheet.widths));
      worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
