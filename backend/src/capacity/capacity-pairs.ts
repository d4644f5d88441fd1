import type { CapacityRound, CapacityRoundStatus } from '@atolye/shared';

export interface PairedRound {
  questionnaire_id: string;
  round: CapacityRound;
  status: CapacityRoundStatus;
}

/**
 * Which questionnaire version an organisation works on, given the latest published one and its
 * rounds newest version first: a pair stays on the version its first round was taken on until
 * both rounds are submitted; after that a newer version starts a new pair (with no rounds yet).
 */
export function activePair<T extends PairedRound>(
  latestId: string,
  rounds: T[],
): { questionnaireId: string; rounds: T[] } {
  const newest = rounds[0]?.questionnaire_id;
  if (!newest) return { questionnaireId: latestId, rounds: [] };
  const pair = rounds.filter((r) => r.questionnaire_id === newest);
  if (newest === latestId) return { questionnaireId: latestId, rounds: pair };
  const complete = pair.filter((r) => r.status === 'submitted').length === 2;
  return complete ? { questionnaireId: latestId, rounds: [] } : { questionnaireId: newest, rounds: pair };
}
