import {
  CAPACITY_MAX_SCORE,
  CAPACITY_MIN_SCORE,
  CAPACITY_WEAKEST_DOMAINS,
  type CapacityAnswers,
  type CapacityDomain,
  type CapacityQuestionnaire,
  type CapacityScores,
} from '@atolye/shared';

/** Half away from zero to one decimal, without binary noise turning 2.25 into 2.2. */
export function oneDecimal(value: number): number {
  return Math.round(Math.round(value * 1e9) / 1e8) / 10;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The scores of one round as figure-definitions.ts defines them (capacity_domain_score,
 * capacity_overall_score): a domain's score is the mean of its questions' scores once all are
 * answered, with one decimal; the overall score is the mean of the domain scores as shown, with
 * one decimal, once every domain has one.
 */
export function capacityScores(
  questionnaire: CapacityQuestionnaire,
  answers: CapacityAnswers,
): CapacityScores {
  const domains = questionnaire.domains.map((domain) => {
    const scores = domain.questions.map((q) => answers[q.id]);
    const complete = scores.every((s) => typeof s === 'number');
    return { domain: domain.id, score: complete ? oneDecimal(mean(scores)) : null };
  });
  const overall = domains.every((d) => d.score !== null)
    ? oneDecimal(mean(domains.map((d) => d.score as number)))
    : null;
  return { domains, overall };
}

/** The lowest-scoring domains, lowest first; ties keep the questionnaire's order. */
export function weakestDomains(scores: CapacityScores, count = CAPACITY_WEAKEST_DOMAINS): CapacityDomain[] {
  return scores.domains
    .map((d, order) => ({ ...d, order }))
    .filter((d) => d.score !== null)
    .sort((a, b) => (a.score as number) - (b.score as number) || a.order - b.order)
    .slice(0, count)
    .map((d) => d.domain);
}

export interface AnswerProblem {
  field: string;
  reason: string;
}

/**
 * What is wrong with the answers against the questionnaire: unknown questions, scores that are
 * not whole numbers from 1 to 4, and (with `complete`) questions left unanswered.
 */
export function checkCapacityAnswers(
  questionnaire: CapacityQuestionnaire,
  answers: CapacityAnswers,
  complete: boolean,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const questions = questionnaire.domains.flatMap((d) => d.questions.map((q) => q.id));
  for (const [id, score] of Object.entries(answers)) {
    const field = `answers.${id}`;
    if (!questions.includes(id)) problems.push({ field, reason: 'is not a question of this questionnaire' });
    else if (!Number.isInteger(score) || score < CAPACITY_MIN_SCORE || score > CAPACITY_MAX_SCORE)
      problems.push({
        field,
        reason: `must be a whole number from ${CAPACITY_MIN_SCORE} to ${CAPACITY_MAX_SCORE}`,
      });
  }
  if (complete)
    for (const id of questions)
      if (answers[id] === undefined) problems.push({ field: `answers.${id}`, reason: 'must be answered' });
  return problems;
}

/** Endline minus baseline, per domain and overall, with one decimal. */
export function scoreChange(baseline: CapacityScores, endline: CapacityScores): CapacityScores {
  const minus = (after: number | null, before: number | null) =>
    after === null || before === null ? null : oneDecimal(after - before);
  return {
    domains: endline.domains.map((d, i) => ({
      domain: d.domain,
      score: minus(d.score, baseline.domains[i]?.score ?? null),
    })),
    overall: minus(endline.overall, baseline.overall),
  };
}
