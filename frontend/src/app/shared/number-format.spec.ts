import { formatNumber, formatPercent } from './number-format';

describe('number format', () => {
  it('writes Turkish numbers with a decimal comma and the percent sign first', () => {
    expect(formatNumber(10.5, 'tr')).toBe('10,5');
    expect(formatNumber(1234.567, 'tr')).toBe('1.234,57');
    expect(formatPercent(33, 'tr')).toBe('%33');
    expect(formatPercent(94.44, 'tr', 1)).toBe('%94,4');
  });

  it('writes English numbers with a decimal point and the percent sign after, unspaced', () => {
    expect(formatNumber(10.5, 'en-GB')).toBe('10.5');
    expect(formatPercent(33, 'en-GB')).toBe('33%');
    expect(formatPercent(0.8, 'en-GB', 1)).toBe('0.8%');
  });
});
