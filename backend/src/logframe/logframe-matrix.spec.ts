import type { Logframe, LogframeIndicator, LogframeItem } from '@atolye/shared';
import { figureDefinition } from '../figures/figure-definitions';
import { logframeMatrix } from './logframe-matrix';

const indicator = (over: Partial<LogframeIndicator>): LogframeIndicator => ({
  id: 'i',
  itemId: 'so',
  code: 'SO1-1',
  text: { en: 'Referrals accepted', tr: 'Kabul edilen yönlendirmeler' },
  unit: 'percent',
  baselineValue: 40,
  baselineDate: '2025-12-31',
  targetValue: 70,
  targetDate: '2027-12-31',
  meansOfVerification: { en: 'Referral logs' },
  disaggregations: ['gender', 'age_band'],
  source: 'manual',
  current: { value: 52.5, manualValueId: 'v' },
  ...over,
});

const item = (over: Partial<LogframeItem>): LogframeItem => ({
  id: 'so',
  level: 'specific_objective',
  parentId: 'oo',
  code: 'SO1',
  title: { en: 'Better protection services' },
  assumptions: { en: 'Public services accept referrals' },
  indicators: [],
  ...over,
});

const logframe: Logframe = {
  period: { from: '2026-01-01', to: '2026-12-31' },
  items: [
    item({
      id: 'oo',
      level: 'overall_objective',
      parentId: null,
      code: 'OO',
      title: { en: 'Stronger CSOs' },
      assumptions: {},
    }),
    item({
      indicators: [
        indicator({}),
        indicator({
          id: 'j',
          code: 'SO1-2',
          unit: 'number',
          source: 'computed:people_enrolled',
          disaggregations: [],
          current: { value: null, manualValueId: null },
        }),
      ],
    }),
  ],
  sources: [
    {
      ref: 'computed:people_enrolled',
      label: figureDefinition('people_enrolled').label,
      definition: figureDefinition('people_enrolled').definition,
      disaggregations: ['gender'],
    },
  ],
  manualValueDefinition: figureDefinition('logframe_manual_value'),
};

describe('logframeMatrix', () => {
  it('groups rows by level in the EU order, one row per indicator, logic and assumptions on the first', () => {
    const matrix = logframeMatrix(logframe, 'en');
    expect(matrix.groups.map((g) => [g.title, g.rows.length])).toEqual([
      ['Impact (Overall objective)', 1],
      ['Outcome(s) (Specific objective(s))', 2],
      ['Outputs (Results)', 0],
      ['Activities', 0],
    ]);
    expect(matrix.groups[0].rows[0]).toEqual(['OO Stronger CSOs', '', '', '', '', '', '']);
    expect(matrix.groups[1].rows).toEqual([
      [
        'SO1 Better protection services',
        'SO1-1 Referrals accepted\nDisaggregated by: gender, age band',
        '40% (2025)',
        '70% (2027)',
        '52.5%',
        'Referral logs\nEntered with evidence',
        'Public services accept referrals',
      ],
      [
        '',
        'SO1-2 Referrals accepted',
        '40 (2025)',
        '70 (2027)',
        '—',
        'Referral logs\nComputed by Atölye: People enrolled',
        '',
      ],
    ]);
    expect(matrix.header[4]).toBe('Current value (1 Jan 2026 – 31 Dec 2026)');
  });

  it('writes Turkish with the percent sign first and falls back to English where no Turkish was written', () => {
    const matrix = logframeMatrix(logframe, 'tr');
    expect(matrix.groups[1].rows[0].slice(0, 5)).toEqual([
      'SO1 Better protection services',
      'SO1-1 Kabul edilen yönlendirmeler\nAyrıştırma: cinsiyet, yaş grubu',
      '%40 (2025)',
      '%70 (2027)',
      '%52,5',
    ]);
    // Only the figures the logframe uses are defined: the one computed source and the manual rule.
    expect(matrix.definitions.map(([term]) => term)).toEqual(['Kayıtlı kişi', 'Kanıtıyla girilen değer']);
  });
});
