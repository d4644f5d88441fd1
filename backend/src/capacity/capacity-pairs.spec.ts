import { activePair, type PairedRound } from './capacity-pairs';

const round = (questionnaire_id: string, r: 'baseline' | 'endline', submitted: boolean): PairedRound => ({
  questionnaire_id,
  round: r,
  status: submitted ? 'submitted' : 'draft',
});

describe('activePair', () => {
  it('starts on the latest version when the organisation has no round', () => {
    expect(activePair('v2', [])).toEqual({ questionnaireId: 'v2', rounds: [] });
  });

  it('keeps an unfinished pair on the version of its baseline when a newer version is published', () => {
    const rounds = [round('v1', 'baseline', true), round('v1', 'endline', false)];
    expect(activePair('v2', rounds)).toEqual({ questionnaireId: 'v1', rounds });
  });

  it('starts a new pair on the newer version once both rounds of the older one are submitted', () => {
    const rounds = [round('v1', 'baseline', true), round('v1', 'endline', true)];
    expect(activePair('v2', rounds)).toEqual({ questionnaireId: 'v2', rounds: [] });
  });

  it('shows a complete pair on the latest version as it is, and the newest pair of several', () => {
    const latest = [round('v2', 'baseline', true), round('v2', 'endline', true)];
    expect(activePair('v2', latest)).toEqual({ questionnaireId: 'v2', rounds: latest });
    const both = [
      round('v2', 'baseline', false),
      round('v1', 'baseline', true),
      round('v1', 'endline', true),
    ];
    expect(activePair('v2', both)).toEqual({ questionnaireId: 'v2', rounds: [both[0]] });
  });
});
