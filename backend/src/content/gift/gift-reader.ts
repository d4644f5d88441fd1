import { moodleGrade, type GiftProblem, type GiftProblemCode, type Language } from '@atolye/shared';
import { giftProblem, WorkClock } from './gift-problems';
import { hideEscapes, restoreEscapes, textWithFormat, type GiftFormat, type GiftText } from './gift-text';

/** A numerical answer as GIFT writes it: `2013:0`, `1..5`, or the catch-all (`~#…` or `*`). */
export type GiftNumber =
  | { value: number; tolerance: number }
  | { min: number; max: number }
  | { otherwise: true };

interface GiftQuestionBase {
  /** 1-based line where the question starts (its first line that is not a comment). */
  line: number;
  /** The `::title::`, if any. */
  name: string | null;
  /** From a comment: `[id:…]` (Moodle's ID number) and `[tag:…]`s. */
  idnumber: string;
  tags: string[];
  text: GiftText;
  generalFeedback: GiftText;
}

/** One question as Moodle's GIFT importer reads it, before it becomes one of ours. */
export type GiftQuestion = GiftQuestionBase &
  (
    | { qtype: 'description' }
    | { qtype: 'essay' }
    /** Its answers could not be found; kept so that the questions of two languages still line up. */
    | { qtype: 'unreadable' }
    | {
        qtype: 'multichoice';
        /** One answer (some option marked `=`), or several (weights only). */
        single: boolean;
        answers: { text: GiftText; weight: number; feedback: GiftText }[];
      }
    | { qtype: 'truefalse'; correct: boolean; feedbackTrue: GiftText; feedbackFalse: GiftText }
    | { qtype: 'shortanswer'; answers: { text: string; weight: number; feedback: GiftText }[] }
    | { qtype: 'numerical'; answers: { number: GiftNumber; weight: number; feedback: GiftText }[] }
    | { qtype: 'match'; pairs: { text: GiftText; answer: string }[] }
  );

export interface GiftReading {
  questions: GiftQuestion[];
  problems: GiftProblem[];
}

/** Moodle's `$giftanswerweightregex`: `%50%`, `%-33.33333%`, `%100%` at the start of an answer. */
const WEIGHT = /^%-*[0-9]{1,2}\.?[0-9]*%/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** PHP's `empty()` on a trimmed line or answer: "" and "0" both count as nothing. */
const phpEmpty = (text: string) => text === '' || text === '0';

/** PHP's `explode` with a limit: the last piece keeps the rest. */
function explode(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  return parts.length <= limit
    ? parts
    : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

/** The lines of a file, as Moodle's `readdata` takes them (a file of old Mac `\r` endings included). */
function linesOf(source: string): string[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  return !text.includes('\n') && text.includes('\r') ? text.split('\r') : text.split('\n');
}

/**
 * Reads a GIFT file the way Moodle's importer does (`qformat_default::readquestions` and
 * `qformat_gift::readquestion`): questions are the runs of lines between blank lines, comments are
 * lines starting with `//`, and each question's type follows from its answer block. The checks
 * Moodle makes at import (enough answers, weights on its grade list, answers adding up) are made
 * too, and every problem in the file is listed, each at the line its question starts on.
 * `clock` bounds the work: past its deadline, a GiftTimeLimitError is thrown.
 */
export function readGift(source: string, language: Language, clock = new WorkClock()): GiftReading {
  const questions: GiftQuestion[] = [];
  const problems: GiftProblem[] = [];
  let block: { start: number; lines: string[] } | null = null;
  const flush = () => {
    if (!block) return;
    const question = readQuestion(block.lines, block.start, clock, (line, code, params) =>
      problems.push(giftProblem(language, line, code, params)),
    );
    if (question) questions.push(question);
    block = null;
  };
  linesOf(source).forEach((raw, index) => {
    clock.tick();
    const line = raw.trim();
    if (phpEmpty(line)) flush();
    else (block ??= { start: index + 1, lines: [] }).lines.push(line);
  });
  flush();
  if (questions.length === 0 && problems.length === 0) problems.push(giftProblem(language, 1, 'noQuestions'));
  return { questions, problems };
}

type Report = (code: GiftProblemCode, params?: Record<string, string | number>) => void;
/** The answers of a block, and a tick per answer taken apart (see WorkClock). */
interface Work {
  answersOf: (text: string, separator: string) => string[];
  tick: () => void;
}

function readQuestion(
  lines: string[],
  start: number,
  clock: WorkClock,
  report: (line: number, code: GiftProblemCode, params?: Record<string, string | number>) => void,
): GiftQuestion | null {
  let comments = '';
  const kept = lines.map((line) => {
    if (!line.startsWith('//')) return line;
    comments += `${line}\n`;
    return ' ';
  });
  let text = kept.join('\n').trim();
  if (text === '') return null;
  const line = start + kept.findIndex((l) => l !== ' ');
  const problem: Report = (code, params) => report(line, code, params);
  const work: Work = { answersOf: splitAnswers, tick: () => clock.tick() };

  text = hideEscapes(text);
  if (text.startsWith('$CATEGORY:')) return null;

  let name: string | null = null;
  if (text.startsWith('::')) {
    text = text.slice(2);
    const end = text.indexOf('::');
    if (end >= 0) {
      name = restoreEscapes(text.slice(0, end)).trim();
      text = text.slice(end + 2).trim();
    }
  }

  const open = text.indexOf('{');
  const close = text.indexOf('}');
  const description = open < 0 && close < 0;
  if (!description && (open < 0 || close < open)) {
    problem('braces');
    return {
      line,
      name,
      idnumber: '',
      tags: [],
      text: textWithFormat(text, 'moodle'),
      generalFeedback: textWithFormat('', 'moodle'),
      qtype: 'unreadable',
    };
  }
  let answerText = description ? '' : text.slice(open + 1, close).trim();
  const after = description ? '' : text.slice(close + 1);
  if (after.includes('{')) problem('secondAnswerBlock');
  else if (after.includes('}')) problem('braces');

  // Answers at the very end leave the text as it is; anywhere else they leave a blank to fill.
  const questionText = description
    ? text
    : text.endsWith('}')
      ? text.slice(0, open) + text.slice(close + 1)
      : `${text.slice(0, open)}_____${text.slice(close + 1)}`;

  let generalFeedback = '';
  const separator = answerText.lastIndexOf('####');
  if (separator >= 0) {
    generalFeedback = answerText.slice(separator + 4);
    answerText = answerText.slice(0, separator).trim();
  }
  const body = textWithFormat(questionText, 'moodle');
  const base: GiftQuestionBase = {
    line,
    name,
    ...idnumberAndTags(comments),
    text: body,
    generalFeedback: textWithFormat(generalFeedback, body.format),
  };

  if (description) return { ...base, qtype: 'description' };
  if (answerText === '') {
    problem('essay');
    return { ...base, qtype: 'essay' };
  }
  const format = body.format;
  if (answerText.startsWith('#'))
    return { ...base, ...numerical(answerText.slice(1), format, problem, work) };
  if (answerText.includes('~')) return { ...base, ...multichoice(answerText, format, problem, work) };
  if (answerText.includes('=') && answerText.includes('->'))
    return { ...base, ...matching(answerText, format, problem, work) };
  const truth =
    answerText.indexOf('#') > 0 ? answerText.slice(0, answerText.indexOf('#')).trim() : answerText;
  if (['T', 'TRUE', 'F', 'FALSE'].includes(truth)) return { ...base, ...trueFalse(answerText, format) };
  return { ...base, ...shortAnswer(answerText, format, problem, work) };
}

/**
 * Moodle's `extract_idnumber_and_tags_from_comment`: the first `[id:…]` and every `[tag:…]`, where
 * `\]` is a bracket within and a control character (or, in a tag, `<>` and a backquote) ends the
 * search. Scanned by hand, in one pass per token: the same search as a regular expression takes
 * time growing with the square of a comment full of unclosed tokens.
 */
function idnumberAndTags(comments: string): { idnumber: string; tags: string[] } {
  const id = tokens(comments, '[id:', '').find((token) => token !== '');
  const tags = tokens(comments, '[tag:', '<>`').map((tag) => tag.trim());
  return { idnumber: id?.trim() ?? '', tags: tags.filter(Boolean) };
}

/** What every `opening…]` holds, with `\]` read as `]`. */
function tokens(text: string, opening: string, forbidden: string): string[] {
  const found: string[] = [];
  const stops = (i: number) => {
    const code = text.charCodeAt(i);
    return code < 32 || (code >= 127 && code <= 159) || forbidden.includes(text[i]);
  };
  let from = 0;
  for (let start = text.indexOf(opening); start >= 0; start = text.indexOf(opening, from)) {
    let end = start + opening.length;
    while (end < text.length && !(text[end] === ']' && text[end - 1] !== '\\') && !stops(end)) end++;
    const closed = text[end] === ']';
    if (closed) found.push(text.slice(start + opening.length, end).replace(/\\]/g, ']'));
    // An unclosed token leaves every later one starting before its stop unclosed too: skip them.
    from = closed ? end + 1 : Math.max(end, start + 1);
  }
  return found;
}

/** The answers of a block split at `separator`, the first dropped when empty (as Moodle does). */
function splitAnswers(text: string, separator: string): string[] {
  const answers = text.split(separator);
  answers[0] = answers[0].trim();
  if (phpEmpty(answers[0])) answers.shift();
  return answers.map((a) => a.trim());
}

/** Splits `answer#feedback` (Moodle's `commentparser`). */
function withFeedback(answer: string, format: GiftFormat): { text: GiftText; feedback: GiftText } {
  const [text, feedback] = explode(answer, '#', 2);
  return {
    text: textWithFormat(text.trim(), format),
    feedback: textWithFormat((feedback ?? '').trim(), format),
  };
}

/** A leading `%weight%` taken off the answer, checked against Moodle's list of grades. */
function weightOf(
  answer: string,
  fallback: number,
  problem: Report,
): { weight: number; rest: string; valid: boolean } {
  if (!WEIGHT.test(answer)) return { weight: fallback, rest: answer, valid: true };
  const end = answer.indexOf('%', 1);
  const written = answer.slice(1, end);
  const rest = answer.slice(end + 1);
  if (!/^-?\d+(?:\.\d*)?$/.test(written)) {
    problem('weightNotANumber', { weight: written });
    return { weight: 0, rest, valid: false };
  }
  const weight = Number(written);
  const grade = moodleGrade(weight);
  if (grade === null) problem('weightNotOnList', { weight });
  return { weight: grade ?? weight, rest, valid: grade !== null };
}

function multichoice(answerText: string, format: GiftFormat, problem: Report, work: Work) {
  const single = answerText.includes('=');
  let valid = true;
  const answers = work.answersOf(answerText.replace(/=/g, '~='), '~').map((raw) => {
    work.tick();
    if (raw.startsWith('=')) return { ...withFeedback(raw.slice(1), format), weight: 100 };
    const weighed = weightOf(raw, 0, problem);
    valid &&= weighed.valid;
    return { ...withFeedback(weighed.rest, format), weight: weighed.weight };
  });
  if (answers.length < 2) problem('tooFewOptions');
  if (single && answers.length >= 2 && answers.every((a) => a.weight >= 100)) problem('allOptionsRight');
  if (!single && valid) {
    const total = answers.filter((a) => a.weight > 0).reduce((sum, a) => sum + a.weight, 0);
    // Moodle rounds the sum of fractions to two decimals before comparing it with 1.
    if (Math.round(total) !== 100) problem('weightsDontAddUp', { total: Math.round(total * 1000) / 1000 });
  }
  return { qtype: 'multichoice' as const, single, answers };
}

function trueFalse(answerText: string, format: GiftFormat) {
  const [answer, wrong = '', right = ''] = explode(answerText, '#', 3);
  const correct = ['T', 'TRUE'].includes(textWithFormat(answer.trim(), format).text);
  const [onWrong, onRight] = [textWithFormat(wrong.trim(), format), textWithFormat(right.trim(), format)];
  return {
    qtype: 'truefalse' as const,
    correct,
    feedbackTrue: correct ? onRight : onWrong,
    feedbackFalse: correct ? onWrong : onRight,
  };
}

function shortAnswer(answerText: string, format: GiftFormat, problem: Report, work: Work) {
  const answers = work.answersOf(answerText, '=').map((raw) => {
    work.tick();
    const { weight, rest } = weightOf(raw, 100, problem);
    const { text, feedback } = withFeedback(rest, format);
    return { text: text.text, weight, feedback };
  });
  if (answers.length === 0 || answers.some((a) => a.text === '')) problem('emptyAnswer');
  checkAnswers(
    answers.map((a) => ({ weight: a.weight, catchAll: a.text === '*' })),
    problem,
  );
  return { qtype: 'shortanswer' as const, answers };
}

function numerical(answerText: string, format: GiftFormat, problem: Report, work: Work) {
  const tilde = answerText.indexOf('~');
  const wrongFeedback = tilde >= 0 ? answerText.slice(tilde) : '';
  const answers = work.answersOf(tilde >= 0 ? answerText.slice(0, tilde) : answerText, '=').map((raw) => {
    work.tick();
    const { weight, rest } = weightOf(raw, 100, problem);
    const { text, feedback } = withFeedback(rest, format);
    return { number: numberOf(text.text, problem), weight, feedback };
  });
  if (answers.length === 0) problem('noNumericalAnswer');
  if (wrongFeedback) {
    answers.push({
      number: { otherwise: true },
      weight: 0,
      feedback: withFeedback(wrongFeedback, format).feedback,
    });
  }
  checkAnswers(
    answers.map((a) => ({ weight: a.weight, catchAll: 'otherwise' in a.number })),
    problem,
  );
  return { qtype: 'numerical' as const, answers };
}

/** `2013`, `2013:2` or `1..5`; `*` answers anything. */
function numberOf(text: string, problem: Report): GiftNumber {
  if (text === '*') return { otherwise: true };
  const number = (written: string): number => {
    const value = written.trim();
    if (NUMBER.test(value)) return Number(value);
    problem('notANumber', { value });
    return 0;
  };
  const range = text.indexOf('..');
  if (range > 0) {
    const [min, max] = [number(text.slice(0, range)), number(text.slice(range + 2))];
    if (min > max) problem('rangeReversed', { value: text });
    return { min, max };
  }
  const colon = text.indexOf(':');
  if (colon > 0)
    return { value: number(text.slice(0, colon)), tolerance: Math.abs(number(text.slice(colon + 1))) };
  return { value: number(text), tolerance: 0 };
}

/** Someone can earn all the points, and a catch-all comes last. */
function checkAnswers(answers: { weight: number; catchAll: boolean }[], problem: Report): void {
  if (answers.length && !answers.some((a) => a.weight >= 100)) problem('noFullCredit');
  if (answers.some((a, i) => a.catchAll && i < answers.length - 1)) problem('catchAllNotLast');
}

function matching(answerText: string, format: GiftFormat, problem: Report, work: Work) {
  const entries = work.answersOf(answerText, '=');
  if (entries.some((e) => !e.includes('->'))) problem('matchingFormat');
  const pairs = entries
    .filter((e) => e.includes('->'))
    .map((e) => {
      work.tick();
      const marker = e.indexOf('->');
      return {
        text: textWithFormat(e.slice(0, marker), format),
        answer: restoreEscapes(e.slice(marker + 2)).trim(),
      };
    });
  if (pairs.filter((p) => p.text.text !== '').length < 2) problem('tooFewPairs');
  return { qtype: 'match' as const, pairs };
}
