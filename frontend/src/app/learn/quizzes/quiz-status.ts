import type { Answer, QuestionView, QuizSummaryForTrainee } from '@atolye/shared';

export type QuizState = 'notStarted' | 'inProgress' | 'passed' | 'taken' | 'noAttemptsLeft';

/** Where a trainee stands with one quiz, as the reading path shows it. */
export function quizState(quiz: QuizSummaryForTrainee): QuizState {
  if (quiz.openAttemptId) return 'inProgress';
  if (quiz.attemptsUsed === 0) return 'notStarted';
  if (quiz.passed && quiz.kind !== 'pre_test') return 'passed';
  return quiz.attemptsUsed >= quiz.maxAttempts ? 'noAttemptsLeft' : 'taken';
}

export function attemptsLeft(quiz: QuizSummaryForTrainee): number {
  return Math.max(0, quiz.maxAttempts - quiz.attemptsUsed);
}

/** Whether an answer says something (an empty text or no ticked box does not count as answered). */
export function isAnswered(question: QuestionView, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if ('optionId' in answer) return !!answer.optionId;
  if ('optionIds' in answer) return answer.optionIds.length > 0;
  if ('value' in answer) return typeof answer.value === 'boolean';
  if ('text' in answer) return answer.text.trim() !== '';
  if ('number' in answer) return Number.isFinite(answer.number);
  if ('pairs' in answer) return (question.left ?? []).some((item) => !!answer.pairs[item.id]);
  return false;
}

/** `mm:ss`, or `h:mm:ss` beyond an hour, of a number of milliseconds (never negative). */
export function clock(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(hours ? 2 : 1, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours ? `${hours}:${mmss}` : mmss;
}
