import { Injectable } from '@nestjs/common';
import type { BreakdownRow, Dashboard, Measure } from '@atolye/shared';
import { csvFile, xlsxFile, type SheetCell } from '../common/spreadsheet-export';
import { definitionsTable, sessionProgressTable } from './report-definitions-table';

const MEASURE_NAMES: Record<Measure, string> = {
  people_enrolled: 'People enrolled / Kayıtlı kişi',
  people_completed: 'People completed / Tamamlayan kişi',
  people_certified: 'People certified / Sertifika alan kişi',
  share_women: 'Share of women % / Kadın oranı %',
  organisations_reached: 'Organisations reached / Ulaşılan kurum',
  provinces_reached: 'Provinces reached / Ulaşılan il',
  countries_reached: 'Countries reached / Ulaşılan ülke',
  average_attendance_rate: 'Average attendance % / Ortalama katılım %',
  completion_rate: 'Completion rate % / Tamamlama oranı %',
  average_knowledge_gain: 'Average knowledge gain (points) / Ortalama bilgi artışı (puan)',
  average_evaluation_rating: 'Average evaluation (1–5) / Ortalama değerlendirme (1–5)',
  training_hours: 'Training person-hours / Kişi-saat eğitim',
  organisations_capacity_improved: 'Organisations whose capacity score improved / Kapasite puanı artan kurum',
};

const STATE_NAMES = {
  on_track: 'On track / Yolunda',
  at_risk: 'At risk / Risk altında',
  off_track: 'Off track / Hedefin gerisinde',
};

/**
 * Exports of aggregates only — never names. A disaggregated cell of fewer people than the
 * minimum is written as "< N", so nobody can be singled out.
 */
@Injectable()
export class ReportsExportService {
  tables(dashboard: Dashboard, minCell: number): { title: string; rows: SheetCell[][] }[] {
    const cell = (row: BreakdownRow) =>
      row.people > 0 && row.people < minCell ? `< ${minCell}` : row.people;
    const breakdown = (title: string, rows: BreakdownRow[]) => ({
      title,
      rows: [['', 'People / Kişi'], ...rows.map((r) => [r.key, cell(r)])],
    });
    return [
      {
        title: 'Indicators / Göstergeler',
        rows: [
          [
            'Code / Kod',
            'Indicator / Gösterge',
            'Measure / Ölçü',
            'Target / Hedef',
            'Value / Değer',
            'Progress % / İlerleme %',
            'State / Durum',
            'Period / Dönem',
          ],
          ...dashboard.indicators.map((i) => [
            i.code,
            i.title.en ?? i.title.tr ?? '',
            MEASURE_NAMES[i.measure],
            i.target,
            i.value ?? '',
            i.progressPercent ?? '',
            STATE_NAMES[i.state],
            `${i.periodStart} – ${i.periodEnd}`,
          ]),
        ],
      },
      {
        title: 'Figures / Rakamlar',
        rows: [
          ['Measure / Ölçü', 'Value / Değer'],
          ...Object.entries(dashboard.measures).map(([m, v]) => [MEASURE_NAMES[m as Measure], v ?? '']),
        ],
      },
      breakdown('By gender / Cinsiyete göre', dashboard.gender),
      breakdown('By organisation type / Kurum türüne göre', dashboard.organisationTypes),
      breakdown('By province / İle göre', dashboard.provinces),
      {
        title: 'Completions by month / Aylara göre tamamlama',
        rows: [
          ['Month / Ay', 'Completed / Tamamlayan'],
          ...dashboard.completionsByMonth.map((c) => [c.month, c.completed]),
        ],
      },
      {
        title: 'Knowledge gain by session / Oturumlara göre bilgi artışı',
        rows: [
          ['Session / Oturum', 'Average gain / Ortalama artış', 'Trainees / Katılımcı'],
          ...dashboard.knowledgeGainBySession.map((g) => [
            g.title,
            g.averageGain ?? '',
            g.trainees < minCell ? `< ${minCell}` : g.trainees,
          ]),
        ],
      },
    ];
  }

  /** The tables, where the sessions stand, and a last sheet defining every figure. */
  xlsx(dashboard: Dashboard, minCell: number): Promise<Buffer> {
    return xlsxFile([
      ...[...this.tables(dashboard, minCell), sessionProgressTable(dashboard)].map((table) => ({
        name: table.title.split(' / ')[0],
        rows: table.rows,
        boldHeader: true,
        columnWidth: 28,
      })),
      {
        name: 'Definitions',
        rows: definitionsTable(dashboard).rows,
        boldHeader: true,
        columnWidth: (i: number) => (i % 2 ? 90 : 28),
      },
    ]);
  }

  /** All tables one after another, each under its title line, the definitions last. */
  csv(dashboard: Dashboard, minCell: number): Buffer {
    const tables = [
      ...this.tables(dashboard, minCell),
      sessionProgressTable(dashboard),
      definitionsTable(dashboard),
    ];
    return csvFile(tables.flatMap((table) => [[table.title], ...table.rows, []]));
  }
}
