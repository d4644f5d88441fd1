import type { Measure } from '@atolye/shared';
import { formatNumber } from '../shared/number-format';

export type MeasureUnit = 'count' | 'percent' | 'points' | 'rating' | 'hours';

export const MEASURE_UNITS: Readonly<Record<Measure, MeasureUnit>> = {
  people_enrolled: 'count',
  people_completed: 'count',
  people_certified: 'count',
  share_women: 'percent',
  organisations_reached: 'count',
  provinces_reached: 'count',
  countries_reached: 'count',
  average_attendance_rate: 'percent',
  completion_rate: 'percent',
  average_knowledge_gain: 'points',
  average_evaluation_rating: 'rating',
  training_hours: 'hours',
  organisations_capacity_improved: 'count',
};

/**
 * The number as a reader expects it in their language, without its unit (the unit is a
 * translated word next to it): counts whole, averages with up to two decimals.
 */
export function formatMeasureNumber(value: number, measure: Measure, locale: string): string {
  return formatNumber(value, locale, MEASURE_UNITS[measure] === 'count' ? 0 : 2);
}
