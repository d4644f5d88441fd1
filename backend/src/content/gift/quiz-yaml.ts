import { stringify } from 'yaml';
import type { QuestionDefinition, QuizDefinition } from '@atolye/shared';

/**
 * A quiz as the YAML file a module holds (see content/README.md): settings, then the questions
 * with the fields in the order the README shows. Option ids are not written: they are given by
 * position when the file is read.
 */
export function quizToYaml(quiz: QuizDefinition): string {
  return stringify(
    {
      slug: quiz.slug,
      kind: quiz.kind,
      title: quiz.title,
      passMarkPercent: quiz.passMarkPercent,
      ...(quiz.timeLimitMinutes !== null ? { timeLimitMinutes: quiz.timeLimitMinutes } : {}),
      maxAttempts: quiz.maxAttempts,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleOptions: quiz.shuffleOptions,
      reviewPolicy: quiz.reviewPolicy,
      ...(quiz.pairedWith !== null ? { pairedWith: quiz.pairedWith } : {}),
      ...(quiz.afterLesson ? { afterLesson: quiz.afterLesson } : {}),
      questions: quiz.questions.map(questionForYaml),
    },
    // No anchors: a text used twice is written twice, as an author would.
    { lineWidth: 110, aliasDuplicateObjects: false },
  );
}

function questionForYaml(question: QuestionDefinition): Record<string, unknown> {
  const { id, type, points, text, generalFeedback, ...rest } = question;
  const key = 'options' in rest ? { ...rest, options: rest.options.map(optionForYaml) } : rest;
  return {
    id,
    type,
    ...(type === 'description' ? {} : { points }),
    text,
    ...key,
    ...(generalFeedback ? { generalFeedback } : {}),
  };
}

/** text, then correct (only on a right option) or weight, then feedback, as the README writes them. */
function optionForYaml(option: {
  text: unknown;
  feedback?: unknown;
  correct?: boolean;
  weight?: number;
}): Record<string, unknown> {
  return {
    text: option.text,
    ...(option.correct ? { correct: true } : {}),
    ...(option.weight !== undefined ? { weight: option.weight } : {}),
    ...(option.feedback ? { feedback: option.feedback } : {}),
  };
}
