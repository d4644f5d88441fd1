import { formatMeasureNumber } from './measure-format';

describe('formatMeasureNumber', () => {
  it('shows counts as whole numbers', () => {
    expect(formatMeasureNumber(1234, 'people_enrolled', 'en-GB')).toBe('1,234');
  });

  it('keeps up to two decimals for averages, in the reader’s locale', () => {
    expect(formatMeasureNumber(62.5, 'share_women', 'en-GB')).toBe('62.5');
    expect(formatMeasureNumber(4.25, 'average_evaluation_rating', 'tr')).toBe('4,25');
  });
});
