import type { DataSource } from 'typeorm';
import {
  GENDERS,
  BREAKDOWN_MEASURES,
  MEASURES,
  type BilingualText,
  type Breakdown,
  type CoachingFigures,
  type FigureKey,
  type LogframeDisaggregation,
  type LogframeDisaggregationRow,
  type LogframePeriod,
  type LogframeSourceOption,
  type BreakdownMeasure,
  type Measure,
  type ProgrammeEventFigures,
  type ProgrammeEventKind,
} from '@atolye/shared';
import { coachingFigures } from '../coaching/coaching-figures.repository';
import { followUpFigures } from '../follow-up/follow-up-figures.repository';
import type { ProgrammeEventsRepository } from '../programme-events/programme-events.repository';
import { figureDefinition } from '../figures/figure-definitions';
import type { ReportsService } from '../reports/reports.service';

/** What a source may read: the database, and the features whose figures it reuses. */
export interface LogframeSourceContext {
  db: DataSource;
  reports: ReportsService;
  events: ProgrammeEventsRepository;
  now: Date;
  /** One computation per key and request, shared by the sources that ask for it. */
  once<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/**
 * A figure an indicator can be computed from. `values` computes several periods at once (the
 * logframe asks for every indicator of the same source in one go); `split` one period by one of
 * the disaggregations the source lists.
 */
export interface LogframeSource {
  figure: FigureKey;
  disaggregations: LogframeDisaggregation[];
  values(context: LogframeSourceContext, periods: LogframePeriod[]): Promise<(number | null)[]>;
  split(
    context: LogframeSourceContext,
    period: LogframePeriod,
    by: LogframeDisaggregation,
  ): Promise<LogframeDisaggregationRow[]>;
}

/** A dashboard measure over sessions whose first meeting falls in the period, as indicators count it. */
function measureSource(measure: Measure): LogframeSource {
  // The capacity measure counts organisations' self-assessments, which are not split by person.
  const splittable = (BREAKDOWN_MEASURES as readonly Measure[]).includes(measure);
  return {
    figure: measure,
    disaggregations: splittable ? ['gender', 'organisation_type', 'province'] : [],
    async values({ reports, once }, periods) {
      // Every measure comes out of the same passes: the logframe runs them once per request.
      const slices = await once(`measures ${JSON.stringify(periods)}`, () =>
        reports.measuresOver({}, periods),
      );
      return slices.map((slice) => slice[measure]);
    },
    async split({ reports }, period, by) {
      if (!splittable) return [];
      const rows = await reports.breakdown(period, measure as BreakdownMeasure, by as Breakdown);
      return rows.map((r) => ({ key: r.key, value: r.value }));
    },
  };
}

function eventSource(
  figure: FigureKey,
  kinds: ProgrammeEventKind[],
  pick: (figures: ProgrammeEventFigures) => number,
  disaggregations: LogframeDisaggregation[],
): LogframeSource {
  return {
    figure,
    disaggregations,
    values: ({ events, once }, periods) =>
      Promise.all(
        periods.map(async (p) =>
          pick(await once(`events ${kinds} ${p.from} ${p.to}`, () => events.figures(kinds, p.from, p.to))),
        ),
      ),
    async split({ events }, period, by) {
      const figures = await events.figures(kinds, period.from, period.to);
      if (by === 'gender') return GENDERS.map((key) => ({ key, value: figures.participantsByGender[key] }));
      return figures.provinces.map((p) => ({ key: p.province, value: p.participants }));
    },
  };
}

/** Finished coaching tracks' figures over the period (coaching-figures.repository.ts). */
function coachingSource(
  figure: FigureKey,
  pick: (figures: CoachingFigures) => number,
  byGender = false,
): LogframeSource {
  const figuresOf = ({ db, once }: LogframeSourceContext, p: LogframePeriod) =>
    once(`coaching ${p.from} ${p.to}`, () => coachingFigures(db, p));
  return {
    figure,
    disaggregations: byGender ? ['gender'] : [],
    values: (context, periods) => Promise.all(periods.map(async (p) => pick(await figuresOf(context, p)))),
    async split(context, period, by) {
      if (!byGender || by !== 'gender') return [];
      const figures = await figuresOf(context, period);
      return GENDERS.map((key) => ({ key, value: figures.peopleCoachedByGender[key] ?? 0 }));
    },
  };
}

/** Follow-up answers as they stood at the end of the period: waves opened by then. */
function followUpSource(figure: FigureKey, wave: number): LogframeSource {
  return {
    figure,
    disaggregations: [],
    values: ({ db, now, once }, periods) =>
      Promise.all(
        periods.map(async (p) => {
          const endOfPeriod = new Date(`${p.to}T23:59:59Z`);
          const at = endOfPeriod < now ? endOfPeriod : now;
          const figures = await once(`follow-up ${at.toISOString()}`, () => followUpFigures(db, at));
          return figures.waves.find((w) => w.wave === wave)?.usedShare ?? null;
        }),
      ),
    split: async () => [],
  };
}

/**
 * Every figure a logframe indicator can be computed from, by key (an indicator's source is
 * `computed:<key>`). A new source is one entry here: its figure's definition in
 * figure-definitions.ts, the disaggregations it can give, and how it computes a period.
 */
export const LOGFRAME_SOURCES: Readonly<Record<string, LogframeSource>> = {
  ...Object.fromEntries(MEASURES.map((m) => [m, measureSource(m)])),
  study_visit_participants: eventSource('study_visit_participants', ['study_visit'], (f) => f.participants, [
    'gender',
    'province',
  ]),
  study_visit_organisations: eventSource(
    'study_visit_organisations',
    ['study_visit'],
    (f) => f.organisations,
    [],
  ),
  workshop_participants: eventSource(
    'workshop_participants',
    ['workshop', 'conference'],
    (f) => f.participants,
    ['gender', 'province'],
  ),
  follow_up_used_3m: followUpSource('follow_up_used_3m', 3),
  follow_up_used_6m: followUpSource('follow_up_used_6m', 6),
  coaching_tracks_finished: coachingSource('coaching_tracks_finished', (f) => f.tracksFinished),
  coaching_organisations: coachingSource('coaching_organisations', (f) => f.organisationsCoached),
  coaching_people: coachingSource('coaching_people', (f) => f.peopleCoached, true),
  coaching_meetings: coachingSource('coaching_meetings', (f) => f.meetingsHeld),
  coaching_hours: coachingSource('coaching_hours', (f) => f.meetingHours),
};

export const COMPUTED_PREFIX = 'computed:';

/** The source an indicator names, or null when it is entered by hand (or names none known). */
export function sourceOf(ref: string): LogframeSource | null {
  if (!ref.startsWith(COMPUTED_PREFIX)) return null;
  return LOGFRAME_SOURCES[ref.slice(COMPUTED_PREFIX.length)] ?? null;
}

export function sourceWords(source: LogframeSource): { label: BilingualText; definition: BilingualText } {
  const { label, definition } = figureDefinition(source.figure);
  return { label, definition };
}

export function sourceOptions(): LogframeSourceOption[] {
  return Object.entries(LOGFRAME_SOURCES).map(([key, source]) => ({
    ref: `${COMPUTED_PREFIX}${key}`,
    ...sourceWords(source),
    disaggregations: source.disaggregations,
  }));
}
