import type { SurveyAnswers, SurveyDefinition } from '@atolye/shared';

const MAX_TEXT = 4000;

export interface AnswerProblem {
  field: string;
  reason: string;
}

/** What is wrong with the answers against the survey's questions; empty when they fit. */
export function checkAnswers(survey: SurveyDefinition, answers: SurveyAnswers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(survey.questions.map((q) => q.id));
  for (const id of Object.keys(answers))
    if (!known.has(id)) problems.push({ field: `answers.${id}`, reason: 'is not a question of this survey' });
  for (const question of survey.questions) {
    const field = `answers.${question.id}`;
    const value = answers[question.id];
    const empty =
      value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (question.required) problems.push({ field, reason: 'must be answered' });
      continue;
    }
    const ids = question.options.map((o) => o.id);
    if (question.kind === 'text') {
      if (typeof value !== 'string') problems.push({ field, reason: 'must be a text' });
      else if (value.length > MAX_TEXT)
        problems.push({ field, reason: `must be at most ${MAX_TEXT} characters` });
    } else if (question.kind === 'single') {
      if (typeof value !== 'string' || !ids.includes(value))
        problems.push({ field, reason: `must be one of ${ids.join(', ')}` });
    } else if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !ids.includes(v))) {
      problems.push({ field, reason: `must be a list of ${ids.join(', ')}` });
    } else if (new Set(value).size !== value.length) {
      problems.push({ field, reason: 'must not repeat a choice' });
    }
  }
  return problems;
}
