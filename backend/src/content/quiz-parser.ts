import {
  QUIZ_KINDS,
  REVIEW_POLICIES,
  type Language,
  type QuestionDefinition,
  type QuizDefinition,
  type QuizKind,
  type ReviewPolicy,
} from '@atolye/shared';
import type { ContentProblem } from './content-problem';
import { QuizQuestionParser } from './quiz-question-parser';
import { isRecord } from './yaml-file';

const QUIZ_FIELDS = [
  'slug',
  'kind',
  'title',
  'passMarkPercent',
  'timeLimitMinutes',
  'maxAttempts',
  'shuffleQuestions',
  'shuffleOptions',
  'reviewPolicy',
  'pairedWith',
  'afterLesson',
  'questions',
];

/** Reads a quiz file (see content/README.md) and checks every question. */
export class QuizParser extends QuizQuestionParser {
  constructor(
    file: string,
    source: string,
    protected readonly languages: Language[],
  ) {
    super(file, source);
  }

  parse(expectedSlug: string): { quiz: QuizDefinition | null; problems: ContentProblem[] } {
    if (this.problems.length > 0) return { quiz: null, problems: this.problems };
    const data: unknown = this.document.toJS();
    if (!isRecord(data)) {
      this.report([], 'the quiz must be a set of fields such as slug, kind and questions');
      return { quiz: null, problems: this.problems };
    }
    for (const key of Object.keys(data))
      if (!QUIZ_FIELDS.includes(key)) this.report([key], `unknown field "${key}"`);
    const slug = this.text(['slug'], data['slug']);
    if (slug && slug !== expectedSlug)
      this.report(['slug'], `slug "${slug}" must equal the file name "${expectedSlug}"`);
    const questions = this.list(['questions'], data['questions'], true).map((q, i) =>
      this.question(['questions', i], q),
    );
    if (questions.length && questions.every((q) => q?.type === 'description'))
      this.report(['questions'], 'a quiz needs at least one question to answer besides descriptions');
    const ids = questions.map((q) => q?.id);
    ids.forEach(
      (id, i) =>
        id &&
        ids.indexOf(id) !== i &&
        this.report(['questions', i, 'id'], `question id "${id}" is used twice`),
    );
    const quiz: QuizDefinition = {
      slug,
      kind: this.oneOf(['kind'], data['kind'], QUIZ_KINDS) as QuizKind,
      title: this.localised(['title'], data['title'], this.languages),
      passMarkPercent: this.integer(['passMarkPercent'], data['passMarkPercent'], 0, 100),
      timeLimitMinutes:
        data['timeLimitMinutes'] === undefined
          ? null
          : this.integer(['timeLimitMinutes'], data['timeLimitMinutes'], 1, 600),
      maxAttempts: this.integer(['maxAttempts'], data['maxAttempts'], 1, 20),
      shuffleQuestions: this.flag(['shuffleQuestions'], data['shuffleQuestions']),
      shuffleOptions: this.flag(['shuffleOptions'], data['shuffleOptions']),
      reviewPolicy: this.oneOf(['reviewPolicy'], data['reviewPolicy'], REVIEW_POLICIES) as ReviewPolicy,
      pairedWith: data['pairedWith'] === undefined ? null : this.text(['pairedWith'], data['pairedWith']),
      afterLesson: data['afterLesson'] === undefined ? null : this.text(['afterLesson'], data['afterLesson']),
      questions: questions.filter((q): q is QuestionDefinition => q !== null),
    };
    return { quiz: this.problems.length ? null : quiz, problems: this.problems };
  }
}
