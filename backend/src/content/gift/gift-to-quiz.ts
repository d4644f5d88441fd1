import type {
  GiftProblem,
  Language,
  LocalisedText,
  NumericalAnswer,
  QuestionDefinition,
  QuestionType,
} from '@atolye/shared';
import { giftProblem, WorkClock } from './gift-problems';
import { readGift, type GiftQuestion, type GiftReading } from './gift-reader';
import { plainText, type GiftText } from './gift-text';

export interface GiftSource {
  language: Language;
  text: string;
}

export interface GiftQuestions {
  questions: QuestionDefinition[];
  problems: GiftProblem[];
}

/** One question as each language's file has it. */
type Versions = { language: Language; question: GiftQuestion }[];
type Report = (code: GiftProblem['code'], params?: Record<string, string | number>) => void;

/** Points travel as the Moodle tag `points-N`, which Moodle keeps with the question. */
export const POINTS_TAG = /^points-(\d{1,3})$/;

const TURKISH: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u' };

/** A question name as an id: lower case, Latin letters, digits and hyphens (ids name parts of the page). */
export function questionId(name: string): string {
  return name
    .slice(0, 200)
    .toLocaleLowerCase('tr')
    .replace(/[çğıöşü]/g, (c) => TURKISH[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

function qtypeOf(question: GiftQuestion): QuestionType | null {
  switch (question.qtype) {
    case 'multichoice':
      return question.single ? 'single_choice' : 'multiple_choice';
    case 'truefalse':
      return 'true_false';
    case 'shortanswer':
      return 'short_answer';
    case 'numerical':
      return 'numerical';
    case 'match':
      return 'matching';
    case 'description':
      return 'description';
    default:
      return null;
  }
}

/**
 * Turns GIFT files, one per language with the same questions in the same order, into bilingual
 * questions: every problem of every file is listed (each at the line its question starts), and the
 * questions that could be read are returned even when others could not.
 */
export function giftToQuestions(sources: GiftSource[], deadline = Infinity): GiftQuestions {
  const clock = new WorkClock(deadline);
  const readings = sources.map((s) => ({ language: s.language, ...readGift(s.text, s.language, clock) }));
  const problems = readings.flatMap((r) => r.problems);
  const [first] = readings;
  let aligned: (GiftReading & { language: Language })[] = readings;
  for (const other of readings.slice(1)) {
    if (other.questions.length !== first.questions.length) {
      problems.push(
        giftProblem(other.language, 1, 'questionCount', {
          language: other.language,
          count: other.questions.length,
          other: first.language,
          otherCount: first.questions.length,
        }),
      );
      // Without the same questions in the same order, only the first file can be shown.
      aligned = [first];
    }
  }
  const questions: QuestionDefinition[] = [];
  const ids = new Set<string>();
  first.questions.forEach((question, index) => {
    const versions: Versions = aligned.map((r) => ({ language: r.language, question: r.questions[index] }));
    const types = versions.map((v) => qtypeOf(v.question));
    if (types.some((t) => t === null)) return;
    const mismatch = versions.findIndex((_, i) => types[i] !== types[0]);
    if (mismatch > 0) {
      const v = versions[mismatch];
      problems.push(
        giftProblem(v.language, v.question.line, 'typeMismatch', {
          n: index + 1,
          type: types[mismatch] as string,
          language: v.language,
          otherType: types[0] as string,
          other: versions[0].language,
        }),
      );
      return;
    }
    const report =
      (at: number): Report =>
      (code, params) =>
        problems.push(
          giftProblem(versions[at].language, versions[at].question.line, code, {
            n: index + 1,
            language: versions[at].language,
            other: versions[0].language,
            ...params,
          }),
        );
    const converted = convert(versions, report, clock);
    if (!converted) return;
    const id = uniqueId(question, index, ids);
    questions.push({ ...converted, id } as QuestionDefinition);
  });
  problems.sort(
    (a, b) =>
      sources.findIndex((s) => s.language === a.language) -
        sources.findIndex((s) => s.language === b.language) || a.line - b.line,
  );
  return { questions, problems };
}

function uniqueId(question: GiftQuestion, index: number, taken: Set<string>): string {
  const base =
    questionId(question.idnumber || question.name || '') || `q${String(index + 1).padStart(2, '0')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function pointsOf(question: GiftQuestion): number {
  for (const tag of question.tags) {
    const match = POINTS_TAG.exec(tag);
    if (match && Number(match[1]) >= 1 && Number(match[1]) <= 100) return Number(match[1]);
  }
  return 1;
}

/** A question before its id is given (the union kept: `Omit` would merge its members). */
type Converted = QuestionDefinition extends infer Q ? (Q extends unknown ? Omit<Q, 'id'> : never) : never;

function convert(versions: Versions, report: (at: number) => Report, clock: WorkClock): Converted | null {
  const q = versions[0].question;
  /** A text every language must give. */
  const texts = (
    pick: (q: GiftQuestion) => GiftText | string,
    missing: GiftProblem['code'],
  ): LocalisedText => {
    clock.tick();
    const result: LocalisedText = {};
    versions.forEach((v, i) => {
      const picked = pick(v.question);
      const text = typeof picked === 'string' ? picked : plainText(picked);
      if (text) result[v.language] = text;
      else report(i)(missing);
    });
    return result;
  };
  /** Feedback is optional: given in one language, it must be given in all. */
  const feedback = (pick: (q: GiftQuestion) => GiftText | string) => {
    const given = versions.map((v) => {
      const picked = pick(v.question);
      return typeof picked === 'string' ? picked : plainText(picked);
    });
    if (given.every((text) => !text)) return undefined;
    const result: LocalisedText = {};
    given.forEach((text, i) => {
      if (text) result[versions[i].language] = text;
      else report(i)('feedbackMissing');
    });
    return result;
  };
  const sameCount = (count: (q: GiftQuestion) => number): boolean => {
    const counts = versions.map((v) => count(v.question));
    const differs = counts.findIndex((c) => c !== counts[0]);
    if (differs > 0) report(differs)('answerCount', { count: counts[differs], otherCount: counts[0] });
    return differs < 0;
  };
  const sameKey = (key: (q: GiftQuestion) => unknown): void => {
    const keys = versions.map((v) => JSON.stringify(key(v.question)));
    const differs = keys.findIndex((k) => k !== keys[0]);
    if (differs > 0) report(differs)('keyMismatch');
  };
  const text = texts((v) => v.text, 'emptyText');
  const general = feedback((v) => v.generalFeedback);
  const base = { points: pointsOf(q), text, ...(general ? { generalFeedback: general } : {}) };

  switch (q.qtype) {
    case 'description':
      return { ...base, points: 0, type: 'description' };
    case 'truefalse': {
      sameKey((v) => (v as typeof q).correct);
      const onTrue = feedback((v) => (v as typeof q).feedbackTrue);
      const onFalse = feedback((v) => (v as typeof q).feedbackFalse);
      return {
        ...base,
        type: 'true_false',
        answer: q.correct,
        ...(onTrue ? { feedbackTrue: onTrue } : {}),
        ...(onFalse ? { feedbackFalse: onFalse } : {}),
      };
    }
    case 'multichoice': {
      if (!sameCount((v) => (v as typeof q).answers.length)) return null;
      sameKey((v) => (v as typeof q).answers.map((a) => a.weight));
      const options = q.answers.map((answer, n) => {
        const optionFeedback = feedback((v) => (v as typeof q).answers[n].feedback);
        return {
          id: `o${n + 1}`,
          text: texts((v) => (v as typeof q).answers[n].text, 'emptyOption'),
          ...(optionFeedback ? { feedback: optionFeedback } : {}),
          weight: answer.weight,
        };
      });
      if (q.single)
        return {
          ...base,
          type: 'single_choice',
          options: options.map(({ weight, ...option }) => ({
            ...option,
            correct: weight >= 100,
            ...(weight !== 0 && weight < 100 ? { weight } : {}),
          })),
        };
      return { ...base, type: 'multiple_choice', options };
    }
    case 'shortanswer':
      return {
        ...base,
        type: 'short_answer',
        accept: Object.fromEntries(
          versions.map((v) => [
            v.language,
            (v.question as typeof q).answers.map((a) => {
              const note = plainText(a.feedback);
              return a.weight === 100 && !note
                ? a.text
                : {
                    text: a.text,
                    ...(a.weight !== 100 ? { weight: a.weight } : {}),
                    ...(note ? { feedback: note } : {}),
                  };
            }),
          ]),
        ),
      };
    case 'numerical': {
      if (!sameCount((v) => (v as typeof q).answers.length)) return null;
      sameKey((v) => (v as typeof q).answers.map((a) => [a.number, a.weight]));
      const answers: NumericalAnswer[] = q.answers.map((a, n) => {
        const note = feedback((v) => (v as typeof q).answers[n].feedback);
        const otherwise = 'otherwise' in a.number;
        const weight = otherwise
          ? a.weight !== 0
            ? a.weight
            : undefined
          : a.weight !== 100
            ? a.weight
            : undefined;
        return {
          ...a.number,
          ...(weight !== undefined ? { weight } : {}),
          ...(note ? { feedback: note } : {}),
        };
      });
      return { ...base, type: 'numerical', answers };
    }
    case 'match': {
      const items = (v: GiftQuestion) => (v as typeof q).pairs.filter((p) => p.text.text !== '');
      const extras = (v: GiftQuestion) => (v as typeof q).pairs.filter((p) => p.text.text === '');
      if (!sameCount((v) => items(v).length) || !sameCount((v) => extras(v).length)) return null;
      const distractors = extras(q).map((_, n) => texts((v) => extras(v)[n].answer, 'emptyAnswer'));
      return {
        ...base,
        type: 'matching',
        pairs: items(q).map((_, n) => ({
          left: texts((v) => items(v)[n].text, 'emptyOption'),
          right: texts((v) => items(v)[n].answer, 'emptyAnswer'),
        })),
        ...(distractors.length ? { distractors } : {}),
      };
    }
    default:
      return null;
  }
}
