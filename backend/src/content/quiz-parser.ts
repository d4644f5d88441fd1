import {
  QUESTION_TYPES,
  QUIZ_KINDS,
  REVIEW_POLICIES,
  type Language,
  type QuestionDefinition,
  type QuizDefinition,
  type QuizKind,
  type ReviewPolicy,
} from '@atolye/shared';
import type { ContentProblem } from './content-problem';
import { isRecord, YamlFile, type Path } from './yaml-file';

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
export class QuizParser extends YamlFile {
  constructor(
    file: string,
    source: string,
    private readonly languages: Language[],
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

  private question(path: Path, value: unknown): QuestionDefinition | null {
    if (!isRecord(value)) {
      this.report(path, 'a question needs id, type, points and text');
      return null;
    }
    const type = this.oneOf([...path, 'type'], value['type'], QUESTION_TYPES);
    const base = {
      id: this.text([...path, 'id'], value['id']),
      points: this.integer([...path, 'points'], value['points'], 1, 100),
      text: this.localised([...path, 'text'], value['text'], this.languages),
      ...(value['generalFeedback'] === undefined
        ? {}
        : {
            generalFeedback: this.localised(
              [...path, 'generalFeedback'],
              value['generalFeedback'],
              this.languages,
            ),
          }),
    };
    const optionsOf = (required: number) =>
      this.list([...path, 'options'], value['options'], true)
        .map((o, i) => {
          const option = isRecord(o) ? o : {};
          if (!isRecord(o)) this.report([...path, 'options', i], 'an option needs a text');
          return {
            option,
            entry: {
              id: `o${i + 1}`,
              text: this.localised([...path, 'options', i, 'text'], option['text'], this.languages),
              ...this.feedback([...path, 'options', i], option),
            },
          };
        })
        .filter((_, __, all) => all.length >= required);
    switch (type) {
      case 'single_choice': {
        const options = optionsOf(2).map(({ option, entry }) => ({
          ...entry,
          correct: option['correct'] === true,
        }));
        if (options.filter((o) => o.correct).length !== 1)
          this.report(
            [...path, 'options'],
            'a single_choice question needs exactly one option with correct: true',
          );
        return { ...base, type, options };
      }
      case 'multiple_choice': {
        const options = optionsOf(2).map(({ option, entry }, i) => ({
          ...entry,
          weight: this.integer([...path, 'options', i, 'weight'], option['weight'], -100, 100),
        }));
        const total = options.filter((o) => o.weight > 0).reduce((sum, o) => sum + o.weight, 0);
        if (total !== 100)
          this.report(
            [...path, 'options'],
            `the positive weights of a multiple_choice question must add up to 100; they add up to ${total}`,
          );
        return { ...base, type, options };
      }
      case 'true_false':
        return {
          ...base,
          type,
          answer: this.flag([...path, 'answer'], value['answer']),
          ...(value['feedbackTrue'] === undefined
            ? {}
            : {
                feedbackTrue: this.localised(
                  [...path, 'feedbackTrue'],
                  value['feedbackTrue'],
                  this.languages,
                ),
              }),
          ...(value['feedbackFalse'] === undefined
            ? {}
            : {
                feedbackFalse: this.localised(
                  [...path, 'feedbackFalse'],
                  value['feedbackFalse'],
                  this.languages,
                ),
              }),
        };
      case 'short_answer': {
        const accept = isRecord(value['accept']) ? value['accept'] : {};
        if (!isRecord(value['accept']))
          this.report([...path, 'accept'], 'a short_answer question needs accepted answers per language');
        const result: Partial<Record<Language, string[]>> = {};
        for (const language of this.languages) {
          result[language] = this.list([...path, 'accept', language], accept[language], true).map((a, i) =>
            this.text([...path, 'accept', language, i], typeof a === 'number' ? String(a) : a),
          );
        }
        return { ...base, type, accept: result };
      }
      case 'numerical':
        return {
          ...base,
          type,
          answers: this.list([...path, 'answers'], value['answers'], true).map((a, i) => {
            const answer = isRecord(a) ? a : {};
            if ('min' in answer || 'max' in answer) {
              const [min, max] = [
                this.number([...path, 'answers', i, 'min'], answer['min']),
                this.number([...path, 'answers', i, 'max'], answer['max']),
              ];
              if (min > max) this.report([...path, 'answers', i], 'min must not be above max');
              return { min, max };
            }
            return {
              value: this.number([...path, 'answers', i, 'value'], answer['value']),
              tolerance:
                answer['tolerance'] === undefined
                  ? 0
                  : Math.abs(this.number([...path, 'answers', i, 'tolerance'], answer['tolerance'])),
            };
          }),
        };
      case 'matching': {
        const pairs = this.list([...path, 'pairs'], value['pairs'], true).map((p, i) => {
          const pair = isRecord(p) ? p : {};
          return {
            left: this.localised([...path, 'pairs', i, 'left'], pair['left'], this.languages),
            right: this.localised([...path, 'pairs', i, 'right'], pair['right'], this.languages),
          };
        });
        if (pairs.length < 2) this.report([...path, 'pairs'], 'a matching question needs at least two pairs');
        return { ...base, type, pairs };
      }
      default:
        return null;
    }
  }

  private feedback(path: Path, option: Record<string, unknown>) {
    return option['feedback'] === undefined
      ? {}
      : { feedback: this.localised([...path, 'feedback'], option['feedback'], this.languages) };
  }

  private oneOf(path: Path, value: unknown, allowed: readonly string[]): string {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.report(
        path,
        `${path.join('.')} must be one of ${allowed.join(', ')}${value === undefined ? ' (it is missing)' : `; got "${String(value)}"`}`,
      );
      return allowed[0];
    }
    return value;
  }

  private integer(path: Path, value: unknown, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.report(path, `${path.join('.')} must be a whole number from ${min} to ${max}`);
      return min;
    }
    return value;
  }

  private number(path: Path, value: unknown): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(path, `${path.join('.')} must be a number`);
      return 0;
    }
    return value;
  }

  private flag(path: Path, value: unknown): boolean {
    if (typeof value !== 'boolean') {
      this.report(path, `${path.join('.')} must be true or false`);
      return false;
    }
    return value;
  }
}
