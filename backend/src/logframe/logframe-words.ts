import type { Language, LogframeDisaggregation, LogframeLevel, LogframeUnit } from '@atolye/shared';
import { REPORT_WORDS } from '../reports/report-pdf/report-pdf-words';

/** The words of the logframe matrix, in the EU's layout, in each language it is exported in. */
export interface LogframeWords {
  title: string;
  period: string;
  generated: string;
  columns: {
    logic: string;
    indicators: string;
    baseline: string;
    target: string;
    current: (period: string) => string;
    verification: string;
    assumptions: string;
  };
  /** The matrix's row groups, one per level. */
  groups: Record<LogframeLevel, string>;
  disaggregatedBy: string;
  disaggregations: Record<LogframeDisaggregation, string>;
  units: Record<LogframeUnit, string>;
  computedFrom: string;
  enteredByHand: string;
  definitions: string;
  term: string;
  definition: string;
  sheet: string;
  page: (page: number, pages: number) => string;
}

export const LOGFRAME_WORDS: Record<Language, LogframeWords> = {
  en: {
    title: 'Logframe matrix',
    period: 'Period',
    generated: 'Generated',
    columns: {
      logic: 'Intervention logic',
      indicators: 'Indicators',
      baseline: 'Baseline (incl. reference year)',
      target: 'Target (incl. reference year)',
      current: (period) => `Current value (${period})`,
      verification: 'Sources and means of verification',
      assumptions: 'Assumptions',
    },
    groups: {
      overall_objective: 'Impact (Overall objective)',
      specific_objective: 'Outcome(s) (Specific objective(s))',
      result: 'Outputs (Results)',
      activity: 'Activities',
    },
    disaggregatedBy: 'Disaggregated by',
    disaggregations: {
      gender: 'gender',
      organisation_type: 'organisation type',
      province: 'province',
      age_band: 'age band',
    },
    units: { number: '', percent: '%', points: ' points', hours: ' hours', rating: ' / 5' },
    computedFrom: 'Computed by Atölye',
    enteredByHand: 'Entered with evidence',
    definitions: 'Definitions',
    term: 'Figure',
    definition: 'Definition',
    sheet: 'Logframe',
    page: REPORT_WORDS.en.page,
  },
  tr: {
    title: 'Mantıksal çerçeve matrisi',
    period: 'Dönem',
    generated: 'Oluşturulma',
    columns: {
      logic: 'Müdahale mantığı',
      indicators: 'Göstergeler',
      baseline: 'Başlangıç değeri (referans yılı ile)',
      target: 'Hedef (referans yılı ile)',
      current: (period) => `Güncel değer (${period})`,
      verification: 'Kaynaklar ve doğrulama araçları',
      assumptions: 'Varsayımlar',
    },
    groups: {
      overall_objective: 'Etki (Genel hedef)',
      specific_objective: 'Sonuç(lar) (Özel hedef(ler))',
      result: 'Çıktılar (Sonuçlar)',
      activity: 'Faaliyetler',
    },
    disaggregatedBy: 'Ayrıştırma',
    disaggregations: {
      gender: 'cinsiyet',
      organisation_type: 'kurum türü',
      province: 'il',
      age_band: 'yaş grubu',
    },
    units: { number: '', percent: '', points: ' puan', hours: ' saat', rating: ' / 5' },
    computedFrom: 'Atölye tarafından hesaplanır',
    enteredByHand: 'Kanıtıyla girilir',
    definitions: 'Tanımlar',
    term: 'Gösterge',
    definition: 'Tanım',
    sheet: 'Mantıksal çerçeve',
    page: REPORT_WORDS.tr.page,
  },
};
