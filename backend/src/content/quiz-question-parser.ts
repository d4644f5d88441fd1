import {
  MOODLE_GRADES,
  QUESTION_TYPES,
  moodleGrade,
  type AcceptedAnswer,
  type Language,
  type LocalisedText,
  type NumericalAnswer,
  type QuestionDefinition,
} from '@atolye/shared';
import { isRecord, YamlFile, type Path } from './yaml-file';

const ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const COMMON = ['id', 'type', 'points', 'text', 'generalFeedback'];
const FIELDS: Record<QuestionDefinition['type'], string[]> = {
  single_choice: [...COMMON, 'options'],
  multiple_choice: [...COMMON, 'options'],
  true_false: [...COMMON, 'answer', 'feedbackTrue', 'feedbackFalse'],
  short_answer: [...COMMON, 'accept'],
  numerical: [...COMMON, 'answers'],
  matching: [...COMMON, 'pairs', 'distractors'],
  description: ['id', 'type', 'text'],
};
const GRADES = MOODLE_GRADES.filter((g) => g > 0).join(', ');

/**
 * The questions of a quiz file (see content/README.md): each type's answer key, with weights only
 * from Moodle's list of grades so that every quiz also exports to GIFT that Moodle accepts.
 */
export abstract class QuizQuestionParser extends YamlFile {
  protected abstract readonly languages: Language[];

  protected question(path: Path, value: unknown): QuestionDefinition | null {
    if (!isRecord(value)) {
      this.report(path, 'a question needs id, type, points and text');
      return null;
    }
    const type = this.oneOf([...path, 'type'], value['type'], QUESTION_TYPES) as QuestionDefinition['type'];
    if (type === value['type'])
      for (const key of Object.keys(value))
        if (!FIELDS[type].includes(key))
          this.report([...path, key], `unknown field "${key}" for a ${type} question`);
    const id = this.pattern(
      [...path, 'id'],
      value['id'],
      ID,
      'a question id is lower-case letters, digits, - or _ (up to 40), such as q01',
    );
    const text = this.localised([...path, 'text'], value['text'], this.languages);
    if (type === 'description') return { id, type, points: 0, text };
    const base = {
      id,
      points: this.integer([...path, 'points'], value['points'], 1, 100),
      text,
      ...this.optionalText(path, value, 'generalFeedback'),
    };
    switch (type) {
      case 'single_choice':
        return { ...base, type, options: this.singleChoice(path, value) };
      case 'multiple_choice':
        return { ...base, type, options: this.multipleChoice(path, value) };
      case 'true_false':
        return {
          ...base,
          type,
          answer: this.flag([...path, 'answer'], value['answer']),
          ...this.optionalText(path, value, 'feedbackTrue'),
          ...this.optionalText(path, value, 'feedbackFalse'),
        };
      case 'short_answer':
        return { ...base, type, accept: this.accepted(path, value) };
      case 'numerical':
        return { ...base, type, answers: this.numerical(path, value) };
      case 'matching':
        return { ...base, type, ...this.matching(path, value) };
    }
  }

  private optionalText(path: Path, value: Record<string, unknown>, field: string) {
    return value[field] === undefined
      ? {}
      : { [field]: this.localised([...path, field], value[field], this.languages) as LocalisedText };
  }

  private options(path: Path, value: Record<string, unknown>) {
    const list = this.list([...path, 'options'], value['options'], true);
    if (list.length === 1) this.report([...path, 'options'], 'a choice question needs at least two options');
    return list.map((o, i) => {
      const option = isRecord(o) ? o : {};
      if (!isRecord(o)) this.report([...path, 'options', i], 'an option needs a text');
      const at: Path = [...path, 'options', i];
      for (const key of Object.keys(option))
        if (!['text', 'correct', 'weight', 'feedback'].includes(key))
          this.report([...at, key], `unknown field "${key}" for an option`);
      return {
        at,
        option,
        entry: {
          id: `o${i + 1}`,
          text: this.localised([...at, 'text'], option['text'], this.languages),
          ...this.optionalText(at, option, 'feedback'),
        },
      };
    });
  }

  private singleChoice(path: Path, value: Record<string, unknown>) {
    const options = this.options(path, value).map(({ at, option, entry }) => {
      if (option['correct'] !== undefined && option['correct'] !== true)
        this.report([...at, 'correct'], 'correct is written only on a right option, as correct: true');
      const correct = option['correct'] === true;
      if (correct && option['weight'] !== undefined)
        this.report([...at, 'weight'], 'a right option earns all the points; weight is for the others');
      const weight =
        option['weight'] === undefined ? undefined : this.weight([...at, 'weight'], option['weight'], false);
      return { ...entry, correct, ...(weight !== undefined && weight !== 0 ? { weight } : {}) };
    });
    if (options.length >= 2 && !options.some((o) => o.correct))
      this.report([...path, 'options'], 'a single_choice question needs an option with correct: true');
    if (options.length >= 2 && options.every((o) => o.correct))
      this.report(
        [...path, 'options'],
        'every option of this single_choice question is correct; one must not be',
      );
    return options;
  }

  private multipleChoice(path: Path, value: Record<string, unknown>) {
    const options = this.options(path, value).map(({ at, option, entry }) => ({
      ...entry,
      weight: this.weight([...at, 'weight'], option['weight'], true),
    }));
    const total = options.filter((o) => o.weight > 0).reduce((sum, o) => sum + o.weight, 0);
    // As Moodle checks it: the positive fractions, rounded to two decimals, make 1.
    // Weights off the list are reported already; their sum would say nothing more.
    const readable = options.every((o) => !Number.isNaN(o.weight));
    if (options.length >= 2 && readable && Math.round(total) !== 100)
      this.report(
        [...path, 'options'],
        `the positive weights of a multiple_choice question must add up to 100; they add up to ${Math.round(total * 1000) / 1000}`,
      );
    return options;
  }

  private accepted(
    path: Path,
    value: Record<string, unknown>,
  ): Partial<Record<Language, (string | AcceptedAnswer)[]>> {
    const accept = isRecord(value['accept']) ? value['accept'] : {};
    if (!isRecord(value['accept']))
      this.report([...path, 'accept'], 'a short_answer question needs accepted answers per language');
    const result: Partial<Record<Language, (string | AcceptedAnswer)[]>> = {};
    for (const language of this.languages) {
      const at: Path = [...path, 'accept', language];
      const entries = this.list(at, accept[language], true).map((a, i) => this.acceptedAnswer([...at, i], a));
      if (entries.length && !entries.some((e) => typeof e === 'string' || e.weight === undefined))
        this.report(
          at,
          `no ${language} answer earns all the points: give one without a weight (or weight: 100)`,
        );
      const text = (e: string | AcceptedAnswer) => (typeof e === 'string' ? e : e.text);
      if (entries.some((e, i) => text(e) === '*' && i < entries.length - 1))
        this.report(at, 'the answer * (any other answer) must come last: answers after it are never reached');
      result[language] = entries;
    }
    return result;
  }

  /** A plain text (worth all the points), or { text, weight, feedback }; kept in the shorter form when it can be. */
  private acceptedAnswer(path: Path, value: unknown): string | AcceptedAnswer {
    if (!isRecord(value)) return this.text(path, typeof value === 'number' ? String(value) : value);
    for (const key of Object.keys(value))
      if (!['text', 'weight', 'feedback'].includes(key))
        this.report([...path, key], `unknown field "${key}" for an accepted answer`);
    const raw = value['text'];
    const text = this.text([...path, 'text'], typeof raw === 'number' ? String(raw) : raw);
    const weight =
      value['weight'] === undefined ? 100 : this.weight([...path, 'weight'], value['weight'], false);
    const feedback =
      value['feedback'] === undefined ? '' : this.text([...path, 'feedback'], value['feedback']);
    if (weight === 100 && !feedback) return text;
    return { text, ...(weight !== 100 ? { weight } : {}), ...(feedback ? { feedback } : {}) };
  }

  private numerical(path: Path, value: Record<string, unknown>): NumericalAnswer[] {
    const answers = this.list([...path, 'answers'], value['answers'], true).map((a, i): NumericalAnswer => {
      const at: Path = [...path, 'answers', i];
      const answer = isRecord(a) ? a : {};
      for (const key of Object.keys(answer))
        if (!['value', 'tolerance', 'min', 'max', 'otherwise', 'weight', 'feedback'].includes(key))
          this.report([...at, key], `unknown field "${key}" for a numerical answer`);
      const otherwise = answer['otherwise'] === true;
      const fallback = otherwise ? 0 : 100;
      const weight =
        answer['weight'] === undefined ? fallback : this.weight([...at, 'weight'], answer['weight'], false);
      const extra = {
        ...(weight !== fallback ? { weight } : {}),
        ...this.optionalText(at, answer, 'feedback'),
      };
      if (otherwise) return { otherwise: true, ...extra };
      if ('min' in answer || 'max' in answer) {
        const [min, max] = [
          this.number([...at, 'min'], answer['min']),
          this.number([...at, 'max'], answer['max']),
        ];
        if (min > max) this.report(at, 'min must not be above max');
        return { min, max, ...extra };
      }
      return {
        value: this.number([...at, 'value'], answer['value']),
        tolerance:
          answer['tolerance'] === undefined
            ? 0
            : Math.abs(this.number([...at, 'tolerance'], answer['tolerance'])),
        ...extra,
      };
    });
    if (answers.length && !answers.some((a) => !('otherwise' in a) && (a.weight ?? 100) === 100))
      this.report(
        [...path, 'answers'],
        'no answer earns all the points: give one without a weight (or weight: 100)',
      );
    if (answers.some((a, i) => 'otherwise' in a && i < answers.length - 1))
      this.report(
        [...path, 'answers'],
        'otherwise: true must be the last answer: answers after it are never reached',
      );
    return answers;
  }

  private matching(path: Path, value: Record<string, unknown>) {
    const pairs = this.list([...path, 'pairs'], value['pairs'], true).map((p, i) => {
      const pair = isRecord(p) ? p : {};
      return {
        left: this.localised([...path, 'pairs', i, 'left'], pair['left'], this.languages),
        right: this.localised([...path, 'pairs', i, 'right'], pair['right'], this.languages),
      };
    });
    if (pairs.length < 2) this.report([...path, 'pairs'], 'a matching question needs at least two pairs');
    const distractors = this.list([...path, 'distractors'], value['distractors'], false).map((d, i) =>
      this.localised([...path, 'distractors', i], d, this.languages),
    );
    return { pairs, ...(distractors.length ? { distractors } : {}) };
  }

  /** A weight in % from Moodle's list of grades (negative ones only where a penalty makes sense). */
  private weight(path: Path, value: unknown, required: boolean): number {
    if (value === undefined && !required) return 100;
    const grade = typeof value === 'number' ? moodleGrade(value) : null;
    if (grade === null) {
      this.report(
        path,
        `${path.join('.')} must be one of the grades Moodle accepts: ${GRADES}, their negatives or 0${value === undefined ? ' (it is missing)' : `; got ${String(value)}`}`,
      );
      return NaN;
    }
    return grade;
  }

  protected oneOf(path: Path, value: unknown, allowed: readonly string[]): string {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.report(
        path,
        `${path.join('.')} must be one of ${allowed.join(', ')}${value === undefined ? ' (it is missing)' : `; got "${String(value)}"`}`,
      );
      return allowed[0];
    }
    return value;
  }

  protected integer(path: Path, value: unknown, min: number, max: number): number {
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

  protected flag(path: Path, value: unknown): boolean {
    if (typeof value !== 'boolean') {
      this.report(path, `${path.join('.')} must be true or false`);
      return false;
    }
    return value;
  }
}
