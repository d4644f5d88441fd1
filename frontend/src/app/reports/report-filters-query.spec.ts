import { filtersFromQuery, queryFromFilters } from './report-filters-query';

const TRAINING = '0b6f3c52-4f9e-4a51-9d0e-2d6f1c7a8e11';
const SESSION = '5c1d2e3f-1111-4a51-9d0e-2d6f1c7a8e22';

describe('report filters in the address', () => {
  it('reads well-formed filters and writes them back', () => {
    const filters = filtersFromQuery({
      trainingId: TRAINING,
      sessionId: SESSION,
      from: '2026-01-01',
      to: '2026-06-30',
      organisationType: 'municipality',
      province: 'Gaziantep',
    });
    expect(filters).toEqual({
      trainingId: TRAINING,
      sessionId: SESSION,
      from: '2026-01-01',
      to: '2026-06-30',
      organisationType: 'municipality',
      province: 'Gaziantep',
    });
    expect(filtersFromQuery(queryFromFilters(filters) as Record<string, string>)).toEqual(filters);
  });

  it('drops values mistyped by hand instead of asking the API for them', () => {
    expect(
      filtersFromQuery({
        trainingId: 'not-an-id',
        sessionId: SESSION,
        from: '1 March',
        organisationType: 'club',
        province: '  ',
      }),
    ).toEqual({});
  });

  it('clears every filter it does not set, so "clear all" empties the address', () => {
    expect(queryFromFilters({ province: 'Hatay' })).toEqual({
      trainingId: null,
      sessionId: null,
      from: null,
      to: null,
      organisationType: null,
      province: 'Hatay',
    });
  });
});
