import {
  LOGFRAME_LEVELS,
  type Language,
  type Logframe,
  type LogframeIndicator,
  type LogframeLevel,
  type LocalisedText,
} from '@atolye/shared';
import { LOGFRAME_WORDS, type LogframeWords } from './logframe-words';

export interface MatrixGroup {
  level: LogframeLevel;
  title: string;
  /** Seven cells per row, in the order of the header. */
  rows: string[][];
}

export interface LogframeMatrix {
  title: string;
  periodText: string;
  header: string[];
  groups: MatrixGroup[];
  /** Each figure used, with its definition: computed sources, and the rule for values entered by hand. */
  definitions: [string, string][];
}

const LOCALE: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR' };

const text = (value: LocalisedText, language: Language) =>
  value[language] || value[language === 'en' ? 'tr' : 'en'] || '';

/**
 * The logframe in the EU's matrix layout: intervention logic, indicators, baseline and target
 * with their reference years, the value over the period, sources and means of verification and
 * assumptions, rows grouped by level (impact, outcomes, outputs, activities). One row per
 * indicator; an item's logic and assumptions stand on its first row.
 */
export function logframeMatrix(logframe: Logframe, language: Language): LogframeMatrix {
  const words = LOGFRAME_WORDS[language];
  const number = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'UTC', dateStyle: 'medium' });
  const dayOf = (iso: string) => day.format(new Date(`${iso}T12:00:00Z`));
  const periodText = `${dayOf(logframe.period.from)} – ${dayOf(logframe.period.to)}`;
  const amount = (indicator: LogframeIndicator, value: number | null) => {
    if (value === null) return '—';
    const n = number.format(value);
    if (indicator.unit === 'percent' && language === 'tr') return `%${n}`;
    return `${n}${words.units[indicator.unit]}`;
  };
  const sources = new Map(logframe.sources.map((s) => [s.ref, s]));
  const indicatorCells = (indicator: LogframeIndicator): string[] => {
    const split = indicator.disaggregations.length
      ? `\n${words.disaggregatedBy}: ${indicator.disaggregations.map((d) => words.disaggregations[d]).join(', ')}`
      : '';
    const source = sources.get(indicator.source);
    const how = source ? `${words.computedFrom}: ${source.label[language]}` : words.enteredByHand;
    const verification = text(indicator.meansOfVerification, language);
    return [
      `${indicator.code} ${text(indicator.text, language)}${split}`,
      `${amount(indicator, indicator.baselineValue)} (${indicator.baselineDate.slice(0, 4)})`,
      `${amount(indicator, indicator.targetValue)} (${indicator.targetDate.slice(0, 4)})`,
      amount(indicator, indicator.current.value),
      verification ? `${verification}\n${how}` : how,
    ];
  };
  const groups = LOGFRAME_LEVELS.map((level) => ({
    level,
    title: words.groups[level],
    rows: logframe.items
      .filter((item) => item.level === level)
      .flatMap((item) => {
        const logic = `${item.code} ${text(item.title, language)}`;
        const assumptions = text(item.assumptions, language);
        if (!item.indicators.length) return [[logic, '', '', '', '', '', assumptions]];
        return item.indicators.map((indicator, k) => [
          k === 0 ? logic : '',
          ...indicatorCells(indicator),
          k === 0 ? assumptions : '',
        ]);
      }),
  }));
  const used = new Set(logframe.items.flatMap((i) => i.indicators.map((d) => d.source)));
  const definitions: [string, string][] = logframe.sources
    .filter((s) => used.has(s.ref))
    .map((s) => [s.label[language], s.definition[language]]);
  if (used.has('manual'))
    definitions.push([
      logframe.manualValueDefinition.label[language],
      logframe.manualValueDefinition.definition[language],
    ]);
  return { title: words.title, periodText, header: header(words, periodText), groups, definitions };
}

function header(words: LogframeWords, periodText: string): string[] {
  const c = words.columns;
  return [c.logic, c.indicators, c.baseline, c.target, c.current(periodText), c.verification, c.assumptions];
}
