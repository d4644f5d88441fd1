import type { Gender, IndicatorState, Language, Measure, OrganisationType } from '@atolye/shared';

/**
 * Every word the donor report prints, in each language it is downloaded in. Code lists are
 * typed by their codes, so a code added to a list fails to compile until it has its labels here.
 * The labels are those the portal shows (frontend/public/i18n).
 */
export interface ReportWords {
  title: string;
  programme: string;
  period: string;
  periodAll: string;
  filters: string;
  noFilters: string;
  filterNames: {
    training: string;
    session: string;
    from: string;
    to: string;
    organisationType: string;
    province: string;
  };
  generated: string;
  smallCells: (minCell: number) => string;
  page: (page: number, pages: number) => string;
  sections: {
    indicators: string;
    figures: string;
    gender: string;
    organisationTypes: string;
    provinces: string;
    completionsByMonth: string;
    knowledgeGain: string;
    definitions: string;
  };
  columns: {
    code: string;
    indicator: string;
    measure: string;
    target: string;
    value: string;
    progress: string;
    state: string;
    period: string;
    people: string;
    month: string;
    completed: string;
    session: string;
    averageGain: string;
    trainees: string;
    term: string;
    definition: string;
  };
  measures: Record<Measure, string>;
  states: Record<IndicatorState, string>;
  genders: Record<Gender, string>;
  organisationTypes: Record<OrganisationType, string>;
  /** A breakdown key the lists do not know (e.g. no organisation recorded). */
  unknown: string;
  /** Alternative text of the report's only chart-like element, the progress bars. */
  progressAlt: (code: string, percent: string) => string;
}

export const REPORT_WORDS: Record<Language, ReportWords> = {
  en: {
    title: 'Programme report',
    programme: 'Programme',
    period: 'Period',
    periodAll: 'All sessions to date',
    filters: 'Filters',
    noFilters: 'none (the whole programme)',
    filterNames: {
      training: 'Training',
      session: 'Session',
      from: 'Sessions starting on or after',
      to: 'Sessions starting on or before',
      organisationType: 'Organisation type',
      province: 'Province',
    },
    generated: 'Generated on',
    smallCells: (n) =>
      `Cells of fewer than ${n} people are shown as "< ${n}", so that nobody can be singled out.`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    sections: {
      indicators: 'Indicators',
      figures: 'Figures',
      gender: 'People by gender',
      organisationTypes: 'People by organisation type',
      provinces: 'People by province',
      completionsByMonth: 'Completions by month',
      knowledgeGain: 'Knowledge gain by session',
      definitions: 'Definitions',
    },
    columns: {
      code: 'Code',
      indicator: 'Indicator',
      measure: 'Measure',
      target: 'Target',
      value: 'Value',
      progress: 'Progress',
      state: 'State',
      period: 'Period',
      people: 'People',
      month: 'Month',
      completed: 'Completed',
      session: 'Session',
      averageGain: 'Average gain (points)',
      trainees: 'Trainees',
      term: 'Figure',
      definition: 'Definition',
    },
    measures: {
      people_enrolled: 'People enrolled',
      people_completed: 'People completed',
      people_certified: 'People certified',
      share_women: 'Share of women',
      organisations_reached: 'Organisations reached',
      provinces_reached: 'Provinces reached',
      countries_reached: 'Countries reached',
      average_attendance_rate: 'Average attendance',
      completion_rate: 'Completion rate',
      average_knowledge_gain: 'Average knowledge gain (points)',
      average_evaluation_rating: 'Average evaluation (1–5)',
      training_hours: 'Training person-hours',
      organisations_capacity_improved: 'Organisations whose capacity score improved',
    },
    states: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' },
    genders: { female: 'Female', male: 'Male', other: 'Other', undeclared: 'Prefer not to say' },
    organisationTypes: {
      cso: 'Civil-society organisation',
      public_authority: 'Public authority',
      municipality: 'Municipality',
      international_organisation: 'International organisation',
      academia: 'Academia',
      other: 'Other',
      professional_body: 'Professional body (bar association, chamber)',
    },
    unknown: 'Not recorded',
    progressAlt: (code, percent) => `Progress of indicator ${code}: ${percent} of its target`,
  },
  tr: {
    title: 'Program raporu',
    programme: 'Program',
    period: 'Dönem',
    periodAll: 'Bugüne kadarki tüm oturumlar',
    filters: 'Filtreler',
    noFilters: 'yok (programın tamamı)',
    filterNames: {
      training: 'Eğitim',
      session: 'Oturum',
      from: 'Başlangıcı bu tarihte veya sonra olan oturumlar',
      to: 'Başlangıcı bu tarihte veya önce olan oturumlar',
      organisationType: 'Kurum türü',
      province: 'İl',
    },
    generated: 'Oluşturulma tarihi',
    smallCells: (n) =>
      `Kimsenin tek başına belirlenememesi için ${n} kişiden az olan hücreler "< ${n}" olarak gösterilir.`,
    page: (page, pages) => `Sayfa ${page} / ${pages}`,
    sections: {
      indicators: 'Göstergeler',
      figures: 'Rakamlar',
      gender: 'Cinsiyete göre kişiler',
      organisationTypes: 'Kurum türüne göre kişiler',
      provinces: 'İle göre kişiler',
      completionsByMonth: 'Aylara göre tamamlama',
      knowledgeGain: 'Oturumlara göre bilgi artışı',
      definitions: 'Tanımlar',
    },
    columns: {
      code: 'Kod',
      indicator: 'Gösterge',
      measure: 'Ölçü',
      target: 'Hedef',
      value: 'Değer',
      progress: 'İlerleme',
      state: 'Durum',
      period: 'Dönem',
      people: 'Kişi',
      month: 'Ay',
      completed: 'Tamamlayan',
      session: 'Oturum',
      averageGain: 'Ortalama artış (puan)',
      trainees: 'Katılımcı',
      term: 'Rakam',
      definition: 'Tanım',
    },
    measures: {
      people_enrolled: 'Kayıtlı kişi',
      people_completed: 'Tamamlayan kişi',
      people_certified: 'Sertifika alan kişi',
      share_women: 'Kadın oranı',
      organisations_reached: 'Ulaşılan kurum',
      provinces_reached: 'Ulaşılan il',
      countries_reached: 'Ulaşılan ülke',
      average_attendance_rate: 'Ortalama katılım',
      completion_rate: 'Tamamlama oranı',
      average_knowledge_gain: 'Ortalama bilgi artışı (puan)',
      average_evaluation_rating: 'Ortalama değerlendirme (1–5)',
      training_hours: 'Kişi-saat eğitim',
      organisations_capacity_improved: 'Kapasite puanı artan kurum',
    },
    states: { on_track: 'Yolunda', at_risk: 'Risk altında', off_track: 'Hedefin gerisinde' },
    genders: { female: 'Kadın', male: 'Erkek', other: 'Diğer', undeclared: 'Belirtmek istemiyorum' },
    organisationTypes: {
      cso: 'Sivil toplum kuruluşu',
      public_authority: 'Kamu kurumu',
      municipality: 'Belediye',
      international_organisation: 'Uluslararası kuruluş',
      academia: 'Akademi',
      other: 'Diğer',
      professional_body: 'Meslek kuruluşu (baro, oda)',
    },
    unknown: 'Kayıtlı değil',
    progressAlt: (code, percent) => `${code} göstergesinin ilerlemesi: hedefin ${percent} kadarı`,
  },
};
