import {
  type BreakdownRow,
  type Dashboard,
  type IndicatorValue,
  type Language,
  type Measure,
  type OrganisationType,
  type Gender,
  SESSION_PROGRESS_FIGURES,
} from '@atolye/shared';
import { artifact, FONT, tag, taggedDocument } from '../../common/pdf/tagged-document';
import { taggedTable } from '../../common/pdf/tagged-table';
import { REPORT_WORDS, type ReportWords } from './report-pdf-words';

/** The dashboard with its figures' definitions (backend/src/figures/figure-definitions.ts). */
export type DefinedDashboard = Dashboard;

/** What the filters named, in words: ids resolved to titles by the caller. */
export interface SpelledFilters {
  training?: string;
  session?: string;
  from?: string;
  to?: string;
  organisationType?: OrganisationType;
  province?: string;
}

export interface ReportPdfInput {
  dashboard: DefinedDashboard;
  language: Language;
  programmeName: string;
  filters: SpelledFilters;
  minCell: number;
  generatedAt: Date;
}

const LOCALE: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR' };
const PERCENT_MEASURES: readonly Measure[] = ['share_women', 'average_attendance_rate', 'completion_rate'];
const INK = '#1b1b1b';
const BLUE = '#1d4e89';
const GREY = '#555555';
const MARGIN = 45;

/** Numbers, percentages, days and months as the report's language writes them ("%33", "10,5"). */
function formats(language: Language) {
  const locale = LOCALE[language];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const shortDay = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  const generated = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Istanbul',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return {
    number: (value: number) => number.format(value),
    percent: (value: number) => percent.format(value / 100),
    day: (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)),
    /** "01.01.2026" in Turkish, "01/01/2026" in English: for narrow table columns. */
    shortDay: (iso: string) => shortDay.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)),
    month: (yearMonth: string) => month.format(new Date(`${yearMonth.slice(0, 7)}-15T12:00:00Z`)),
    generated: (at: Date) => generated.format(at),
  };
}

/**
 * The donor report: a tagged A4 PDF in one language, with the programme, the period, the filters
 * in words, every code as its label, tables whose rows grow to fit their text, definitions,
 * page numbers and the date it was made.
 */
export function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const { dashboard, language, minCell } = input;
  const words = REPORT_WORDS[language];
  const f = formats(language);
  const { doc, root, finish } = taggedDocument({
    title: `${words.title} — ${input.programmeName}`,
    language,
    margin: MARGIN,
    author: input.programmeName,
    createdAt: input.generatedAt,
    // Page numbers are written once every page exists.
    bufferPages: true,
  });
  const width = doc.page.width - 2 * MARGIN;

  const paragraph = (text: string, size = 9, color = INK, font: keyof typeof FONT = 'regular') =>
    tag(doc, root, 'P', () =>
      doc.font(FONT[font]).fontSize(size).fillColor(color).text(text, MARGIN, undefined, { width }),
    );
  const heading = (level: 'H1' | 'H2', text: string) => {
    if (level === 'H2' && doc.y > doc.page.height - MARGIN - 90) doc.addPage();
    if (level === 'H2') doc.moveDown(0.8);
    tag(doc, root, level, () =>
      doc
        .font(FONT.bold)
        .fontSize(level === 'H1' ? 18 : 12.5)
        .fillColor(BLUE)
        .text(text, MARGIN, undefined, { width }),
    );
    doc.moveDown(0.3);
  };
  const table = (widths: number[], rows: string[][], align: ('left' | 'right')[] = []) => {
    const [header, ...body] = rows;
    taggedTable(doc, root, {
      x: MARGIN,
      width,
      columns: widths,
      align,
      header,
      rows: body,
      // Room is left at the foot of each page for its number.
      bottom: doc.page.height - MARGIN - 12,
      top: MARGIN,
    });
    doc.moveDown(0.6);
  };
  const people = (row: { people: number }) =>
    row.people > 0 && row.people < minCell ? `< ${minCell}` : f.number(row.people);
  const measureValue = (measure: Measure, value: number | null) =>
    value === null ? '—' : PERCENT_MEASURES.includes(measure) ? f.percent(value) : f.number(value);

  // Title block.
  heading('H1', `${words.title} — ${input.programmeName}`);
  paragraph(`${words.programme}: ${input.programmeName}`, 10);
  paragraph(`${words.period}: ${period(dashboard, input.filters, words, f)}`, 10);
  paragraph(`${words.filters}: ${spellFilters(input.filters, words, f)}`, 10);
  paragraph(`${words.generated}: ${f.generated(input.generatedAt)}`, 10);
  doc.moveDown(0.2);
  paragraph(words.smallCells(minCell), 8, GREY);

  // Indicators, and their progress as bars read out by their alternative text.
  heading('H2', words.sections.indicators);
  const c = words.columns;
  table(
    [7, 30, 15, 9, 9, 11, 10, 16],
    [
      [c.code, c.indicator, c.measure, c.target, c.value, c.progress, c.state, c.period],
      ...dashboard.indicators.map((i) => [
        i.code,
        i.title[language] ?? i.title.en ?? i.title.tr ?? '',
        words.measures[i.measure],
        measureValue(i.measure, i.target),
        measureValue(i.measure, i.value),
        i.progressPercent === null ? '—' : f.percent(i.progressPercent),
        words.states[i.state],
        `${f.shortDay(i.periodStart)} – ${f.shortDay(i.periodEnd)}`,
      ]),
    ],
    ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left'],
  );
  if (dashboard.indicators.length) progressChart(doc, root, dashboard.indicators, words, f, width);

  heading('H2', words.sections.figures);
  table(
    [70, 30],
    [
      [c.term, c.value],
      ...(Object.keys(dashboard.measures) as Measure[]).map((m) => [
        words.measures[m],
        measureValue(m, dashboard.measures[m]),
      ]),
      // Sessions still running are shown beside the figures of ended ones, not mixed into them.
      ...SESSION_PROGRESS_FIGURES.map((key) => [
        dashboard.definitions.find((d) => d.key === key)?.label[language] ?? key,
        f.number(dashboard.progress[key]),
      ]),
    ],
    ['left', 'right'],
  );

  const breakdown = (title: string, rows: BreakdownRow[], label: (key: string) => string) => {
    heading('H2', title);
    table([70, 30], [['', c.people], ...rows.map((r) => [label(r.key), people(r)])], ['left', 'right']);
  };
  breakdown(words.sections.gender, dashboard.gender, (key) => words.genders[key as Gender] ?? words.unknown);
  breakdown(
    words.sections.organisationTypes,
    dashboard.organisationTypes,
    (key) => words.organisationTypes[key as OrganisationType] ?? words.unknown,
  );
  breakdown(words.sections.provinces, dashboard.provinces, (key) =>
    key === 'unknown' ? words.unknown : key,
  );

  heading('H2', words.sections.completionsByMonth);
  table(
    [70, 30],
    [
      [c.month, c.completed],
      ...dashboard.completionsByMonth.map((m) => [f.month(m.month), f.number(m.completed)]),
    ],
    ['left', 'right'],
  );

  heading('H2', words.sections.knowledgeGain);
  table(
    [60, 22, 18],
    [
      [c.session, c.averageGain, c.trainees],
      ...dashboard.knowledgeGainBySession.map((g) => [
        g.title,
        g.averageGain === null ? '—' : f.number(g.averageGain),
        g.trainees < minCell ? `< ${minCell}` : f.number(g.trainees),
      ]),
    ],
    ['left', 'right', 'right'],
  );

  const definitions = [
    ...dashboard.definitions.map((d) => [d.label[language], d.definition[language]]),
    ...dashboard.indicators.map((i) => [
      `${i.code} — ${i.title[language] ?? i.title.en ?? ''}`,
      i.definition[language],
    ]),
  ];
  if (definitions.length) {
    heading('H2', words.sections.definitions);
    table([32, 68], [[c.term, c.definition], ...definitions]);
  }

  numberPages(doc, words);
  return finish();
}

function period(
  dashboard: Dashboard,
  filters: SpelledFilters,
  words: ReportWords,
  f: ReturnType<typeof formats>,
): string {
  if (filters.from || filters.to)
    return `${filters.from ? f.day(filters.from) : '…'} – ${filters.to ? f.day(filters.to) : '…'}`;
  if (!dashboard.indicators.length) return words.periodAll;
  const starts = dashboard.indicators.map((i) => i.periodStart).sort();
  const ends = dashboard.indicators.map((i) => i.periodEnd).sort();
  return `${f.day(starts[0])} – ${f.day(ends[ends.length - 1])}`;
}

function spellFilters(filters: SpelledFilters, words: ReportWords, f: ReturnType<typeof formats>): string {
  const names = words.filterNames;
  const parts = [
    filters.training ? `${names.training}: ${filters.training}` : null,
    filters.session ? `${names.session}: ${filters.session}` : null,
    filters.from ? `${names.from}: ${f.day(filters.from)}` : null,
    filters.to ? `${names.to}: ${f.day(filters.to)}` : null,
    filters.organisationType
      ? `${names.organisationType}: ${words.organisationTypes[filters.organisationType]}`
      : null,
    filters.province ? `${names.province}: ${filters.province}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? parts.join(' · ') : words.noFilters;
}

/** One bar per indicator, as a figure whose alternative text says what the bars show. */
function progressChart(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  indicators: IndicatorValue[],
  words: ReportWords,
  f: ReturnType<typeof formats>,
  width: number,
): void {
  const rowHeight = 13;
  const height = indicators.length * rowHeight + 6;
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
  const top = doc.y;
  const labelWidth = 60;
  const barWidth = width - labelWidth - 60;
  const alt = indicators
    .map((i) => words.progressAlt(i.code, i.progressPercent === null ? '—' : f.percent(i.progressPercent)))
    .join('; ');
  tag(
    doc,
    root,
    'Figure',
    () => {
      indicators.forEach((indicator, index) => {
        const y = top + index * rowHeight;
        const share = Math.min(Math.max((indicator.progressPercent ?? 0) / 100, 0), 1);
        doc.rect(MARGIN + labelWidth, y + 2, barWidth, 8).fill('#e5e9ef');
        const colour =
          indicator.state === 'on_track' ? '#2e7d32' : indicator.state === 'at_risk' ? '#ef8f00' : '#c62828';
        if (share > 0) doc.rect(MARGIN + labelWidth, y + 2, barWidth * share, 8).fill(colour);
        doc
          .font(FONT.regular)
          .fontSize(7.5)
          .fillColor(INK)
          .text(indicator.code, MARGIN, y + 2, { width: labelWidth - 6, lineBreak: false });
        doc.text(
          indicator.progressPercent === null ? '—' : f.percent(indicator.progressPercent),
          MARGIN + labelWidth + barWidth + 6,
          y + 2,
          { width: 54, lineBreak: false },
        );
      });
    },
    { alt: `${words.sections.indicators}: ${alt}` },
  );
  doc.x = MARGIN;
  doc.y = top + height;
}

/** "Page 2 of 5" at the foot of every page, marked as pagination for screen readers to skip. */
export function numberPages(doc: PDFKit.PDFDocument, words: Pick<ReportWords, 'page'>): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () =>
        doc
          .font(FONT.regular)
          .fontSize(8)
          .fillColor(GREY)
          .text(words.page(index + 1, range.count), MARGIN, doc.page.height - 30, {
            width: doc.page.width - 2 * MARGIN,
            align: 'center',
            lineBreak: false,
          }),
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
}
