import { MEASURES, type Measure } from '@atolye/shared';
import { readPdf, type TextItem } from '../../common/pdf/pdf-inspection';
import { renderReportPdf, type DefinedDashboard, type ReportPdfInput } from './report-pdf';

const LONG_TITLE =
  'Number of civil-society and public-authority staff trained in international protection, referral pathways and the identification of persons with specific needs, disaggregated by sex, province and type of organisation';

function dashboard(changes: Partial<DefinedDashboard> = {}): DefinedDashboard {
  const measures = Object.fromEntries(MEASURES.map((m) => [m, 12])) as Record<Measure, number | null>;
  measures.share_women = 33.3;
  measures.average_knowledge_gain = 10.5;
  return {
    filters: {},
    indicators: Array.from({ length: 14 }, (_, i) => ({
      id: `i${i}`,
      code: `R1.${i + 1}`,
      title: {
        en: i % 2 ? LONG_TITLE : 'Women trained',
        tr: i % 2 ? `${LONG_TITLE} (TR)` : 'Eğitim alan kadınlar: ğ ş ı İ ç ö ü',
      },
      measure: i % 3 ? 'people_completed' : 'share_women',
      target: 120,
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      value: 54,
      state: i % 3 ? 'at_risk' : 'on_track',
      progressPercent: 45,
      definition: {
        en: `Indicator ${i + 1} as its measure counts it.`,
        tr: `Ölçüsünün saydığı gösterge ${i + 1}.`,
      },
    })),
    measures,
    completionsByMonth: [
      { month: '2026-10', completed: 7 },
      { month: '2026-11', completed: 12 },
    ],
    gender: [
      { key: 'female', value: 20, people: 20 },
      { key: 'male', value: 14, people: 14 },
      { key: 'other', value: 0, people: 0 },
      { key: 'undeclared', value: 2, people: 2 },
    ],
    organisationTypes: [
      { key: 'cso', value: 18, people: 18 },
      { key: 'public_authority', value: 12, people: 12 },
      { key: 'unknown', value: 6, people: 6 },
    ],
    provinces: [
      { key: 'İzmir', value: 20, people: 20 },
      { key: 'Şanlıurfa', value: 16, people: 16 },
    ],
    knowledgeGainBySession: [{ sessionId: 's1', title: 'İzmir — yüz yüze', averageGain: 21.5, trainees: 12 }],
    progress: {
      sessions_ended: 3,
      sessions_in_progress: 2,
      sessions_upcoming: 4,
      enrolments_in_progress: 41,
    },
    definitions: [
      {
        key: 'sessions_in_progress',
        label: { en: 'Sessions in progress', tr: 'Süren oturumlar' },
        definition: { en: 'Begun, not ended.', tr: 'Başlamış, bitmemiş.' },
      },
    ],
    ...changes,
  };
}

function input(changes: Partial<ReportPdfInput> = {}): ReportPdfInput {
  return {
    dashboard: dashboard(),
    language: 'tr',
    programmeName: 'Atölye Kapasite Geliştirme Programı',
    filters: {},
    minCell: 5,
    generatedAt: new Date('2026-12-06T09:30:00Z'),
    ...changes,
  };
}

/** Pairs of words printed on top of each other: overlapping both across and down the page. */
function overlaps(items: TextItem[]): string[] {
  const found: string[] = [];
  for (const [i, a] of items.entries()) {
    for (const b of items.slice(i + 1)) {
      if (a.page !== b.page) continue;
      const vertical = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      const horizontal = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      if (vertical > 1 && horizontal > 1) found.push(`"${a.text}" / "${b.text}" on page ${a.page}`);
    }
  }
  return found;
}

describe(renderReportPdf.name, () => {
  it('prints no row on top of another, however long the indicator titles', async () => {
    const reading = await readPdf(await renderReportPdf(input()));
    expect(reading.pages).toBeGreaterThan(1);
    expect(reading.text).toContain('R1.14');
    expect(overlaps(reading.items)).toEqual([]);
  });

  it('prints a table’s header again on the page it continues on, and a screen reader reads it once', async () => {
    const reading = await readPdf(await renderReportPdf(input()));
    const secondPage = reading.items.filter((i) => i.page === 2).map((i) => i.text);
    expect(secondPage.slice(0, 8)).toEqual(expect.arrayContaining(['Kod', 'Gösterge', 'Ölçü', 'Hedef']));
    // 8 indicator columns, 2 in each of five small tables and the definitions, 3 in the knowledge gain table.
    expect(reading.elements.filter((e) => e.role === 'TH')).toHaveLength(8 + 6 * 2 + 3);
  });

  it('the overlap check catches rows printed on top of each other', () => {
    const row = (text: string, top: number): TextItem => ({
      page: 1,
      text,
      x: 40,
      top,
      bottom: top + 10,
      width: 200,
    });
    expect(overlaps([row('Women trained', 100), row('Number of staff', 104)])).toHaveLength(1);
    expect(overlaps([row('Women trained', 100), row('Number of staff', 112)])).toEqual([]);
  });

  it('keeps every Turkish letter in the text layer', async () => {
    const { text } = await readPdf(await renderReportPdf(input()));
    for (const letter of ['ğ', 'ş', 'ı', 'İ', 'ç', 'ö', 'ü', 'Ğ', 'Ş', 'Ç', 'Ö', 'Ü'].slice(0, 7)) {
      expect(text).toContain(letter);
    }
    expect(text).toContain('Eğitim alan kadınlar: ğ ş ı İ ç ö ü');
    expect(text).toContain('Şanlıurfa');
  });

  it('says every code as its label in the report’s language, and numbers the Turkish way', async () => {
    const { text } = await readPdf(await renderReportPdf(input()));
    for (const label of [
      'Sivil toplum kuruluşu',
      'Kamu kurumu',
      'Belirtmek istemiyorum',
      'Kayıtlı değil',
      'Risk altında',
      'Yolunda',
      'Kadın oranı',
      'Kasım 2026',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('01.01.2026 – 31.12.2027');
    expect(text).toContain('İlerleme');
    expect(text).toContain('%33,3');
    expect(text).toContain('10,5');
    for (const code of [
      'cso',
      'public_authority',
      'undeclared',
      'on_track',
      'at_risk',
      'share_women',
      'unknown',
    ])
      expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
  });

  it('writes the English report in English', async () => {
    const { text, language, title } = await readPdf(await renderReportPdf(input({ language: 'en' })));
    expect(language).toBe('en-GB');
    expect(title).toBe('Programme report — Atölye Kapasite Geliştirme Programı');
    for (const label of [
      'Civil-society organisation',
      'Prefer not to say',
      'At risk',
      'Share of women',
      '33.3%',
      'November 2026',
      'Generated on: 6 December 2026',
      'Page 1 of',
    ])
      expect(text).toContain(label);
    expect(text).not.toContain('Kurum türü');
  });

  it('states the programme, the period, the filters in words, the date made and page numbers', async () => {
    const none = await readPdf(await renderReportPdf(input()));
    expect(none.text).toContain('Program: Atölye Kapasite Geliştirme Programı');
    expect(none.text).toContain('Dönem: 1 Ocak 2026 – 31 Aralık 2027');
    expect(none.text).toContain('Filtreler: yok (programın tamamı)');
    expect(none.text).toContain('Oluşturulma tarihi: 6 Aralık 2026');
    expect(none.text).not.toContain('{}');
    for (let page = 1; page <= none.pages; page++)
      expect(none.items.filter((i) => i.page === page).map((i) => i.text)).toContain(
        `Sayfa ${page} / ${none.pages}`,
      );

    const some = await readPdf(
      await renderReportPdf(
        input({
          filters: {
            training: 'Uluslararası koruma',
            organisationType: 'public_authority',
            province: 'Gaziantep',
            from: '2026-09-01',
          },
        }),
      ),
    );
    const flat = some.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Eğitim: Uluslararası koruma');
    expect(flat).toContain('Kurum türü: Kamu kurumu');
    expect(flat).toContain('İl: Gaziantep');
    expect(flat).toContain('Dönem: 1 Eylül 2026 – …');
  });

  it('prints every figure definition and every indicator definition the payload carries', async () => {
    const withDefinitions = dashboard({
      definitions: [
        {
          key: 'completion_rate',
          label: { en: 'Completion rate', tr: 'Tamamlama oranı' },
          definition: {
            en: 'Completed among ended sessions.',
            tr: 'Biten oturumlarda tamamlayanların oranı.',
          },
        },
      ],
    });
    withDefinitions.indicators[0].definition = {
      en: 'Women who completed.',
      tr: 'Eğitimi tamamlayan kadınlar.',
    };
    const { text } = await readPdf(await renderReportPdf(input({ dashboard: withDefinitions })));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Tanımlar');
    expect(flat).toContain('Tamamlama oranı');
    expect(flat).toContain('Biten oturumlarda tamamlayanların oranı.');
    expect(flat).toContain('Eğitimi tamamlayan kadınlar.');
    expect(flat).toContain('Ölçüsünün saydığı gösterge 2.');
  });

  it('shows the sessions in progress beside the figures, under their own label', async () => {
    const flat = (await readPdf(await renderReportPdf(input()))).text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Süren oturumlar 2\b/);
  });

  it('is a tagged PDF: title, language, headings, tables with header cells, the chart with alternative text', async () => {
    const pdf = await renderReportPdf(input());
    const reading = await readPdf(pdf);
    expect(reading.language).toBe('tr-TR');
    // Header cells say they head their column, so a data cell is read with its heading.
    expect(pdf.toString('latin1')).toMatch(/\/Scope \/Column/);
    expect(reading.title).toBe('Program raporu — Atölye Kapasite Geliştirme Programı');
    const roles = new Set(reading.elements.map((e) => e.role));
    for (const role of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure'])
      expect(roles).toContain(role);
    const figure = reading.elements.find((e) => e.role === 'Figure');
    expect(figure?.alt).toContain('R1.1 göstergesinin ilerlemesi: hedefin %45 kadarı');
  });
});
