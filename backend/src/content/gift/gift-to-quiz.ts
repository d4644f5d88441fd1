import { parse, type GiftChoice, type GiftNumericalChoice, type GiftQuestion } from 'gift-pegjs';
import type { Language, LocalisedText, QuestionDefinition } from '@atolye/shared';

export class GiftError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

type Source = { language: Language; text: string };

/** Parses GIFT with gift-pegjs, turning its syntax errors into line-numbered messages. */
function parseGift(source: string): GiftQuestion[] {
  try {
    return parse(source).filter((q) => q.type !== 'Category');
  } catch (error) {
    // gift-pegjs throws a PEG.js SyntaxError carrying the location of the problem.
    const location = (error as { location?: { start: { line: number } } }).location;
    if (!location) throw error;
    throw new GiftError(location.start.line, (error as Error).message);
  }
}

function lineOf(source: string, question: GiftQuestion): number {
  const needle = question.title ? `::${question.title}::` : question.stem.text.slice(0, 30);
  const index = source.indexOf(needle);
  return index < 0 ? 1 : source.slice(0, index).split('\n').length;
}

/**
 * Converts GIFT files, one per language with the same questions in the same order, into our
 * bilingual questions. Essay and description questions have no place in a graded quiz and are refused.
 */
export function giftToQuestions(sources: Source[]): QuestionDefinition[] {
  const parsed = sources.map((s) => ({ ...s, questions: parseGift(s.text) }));
  const [first] = parsed;
  for (const other of parsed.slice(1)) {
    if (other.questions.length !== first.questions.length) {
      throw new GiftError(
        1,
        `the ${other.language} file has ${other.questions.length} questions but the ${first.language} file has ${first.questions.length}`,
      );
    }
  }
  return first.questions.map((question, index) => {
    const versions = parsed.map((p) => ({
      language: p.language,
      question: p.questions[index],
      source: p.text,
    }));
    for (const v of versions) {
      if (v.question.type !== question.type)
        throw new GiftError(
          lineOf(v.source, v.question),
          `question ${index + 1} is ${v.question.type} in ${v.language} but ${question.type} in ${first.language}`,
        );
    }
    return convert(index, versions);
  });
}

function localised(
  versions: { language: Language }[],
  pick: (i: number) => string | undefined | null,
): LocalisedText {
  const text: LocalisedText = {};
  versions.forEach((v, i) => {
    const value = pick(i);
    if (value) text[v.language] = value;
  });
  return text;
}

function convert(
  index: number,
  versions: { language: Language; question: GiftQuestion; source: string }[],
): QuestionDefinition {
  const q = versions[0].question;
  const at = (i: number) => versions[i].question;
  const base = {
    id: q.title?.trim() || `q${String(index + 1).padStart(2, '0')}`,
    points: 1,
    text: localised(versions, (i) => at(i).stem.text),
    ...(q.globalFeedback ? { generalFeedback: localised(versions, (i) => at(i).globalFeedback?.text) } : {}),
  };
  const choices = (i: number) => at(i).choices as GiftChoice[];
  const option = (c: number) => ({
    id: `o${c + 1}`,
    text: localised(versions, (i) => choices(i)[c].text.text),
    ...(choices(0)[c].feedback ? { feedback: localised(versions, (i) => choices(i)[c].feedback?.text) } : {}),
  });
  switch (q.type) {
    case 'MC': {
      const weighted = choices(0).some((c) => c.weight !== null);
      if (!weighted)
        return {
          ...base,
          type: 'single_choice',
          options: choices(0).map((c, n) => ({ ...option(n), correct: c.isCorrect })),
        };
      return {
        ...base,
        type: 'multiple_choice',
        options: choices(0).map((c, n) => ({ ...option(n), weight: c.weight ?? 0 })),
      };
    }
    case 'TF': {
      // GIFT writes the feedback for a wrong answer first, then for the right one.
      const wrong = q.trueFeedback ? localised(versions, (i) => at(i).trueFeedback?.text) : undefined;
      const right = q.falseFeedback ? localised(versions, (i) => at(i).falseFeedback?.text) : undefined;
      const [onTrue, onFalse] = q.isTrue ? [right, wrong] : [wrong, right];
      return {
        ...base,
        type: 'true_false',
        answer: q.isTrue === true,
        ...(onTrue ? { feedbackTrue: onTrue } : {}),
        ...(onFalse ? { feedbackFalse: onFalse } : {}),
      };
    }
    case 'Short':
      return {
        ...base,
        type: 'short_answer',
        accept: Object.fromEntries(
          versions.map((v) => [
            v.language,
            (v.question.choices as GiftChoice[]).filter((c) => c.isCorrect).map((c) => c.text.text),
          ]),
        ),
      };
    case 'Numerical': {
      const raw = q.choices as GiftQuestion['choices'];
      const list = (
        Array.isArray(raw)
          ? (raw as GiftNumericalChoice[]).filter((c) => c.isCorrect).map((c) => c.text)
          : [raw]
      ) as NonNullable<GiftNumericalChoice['text']>[];
      return {
        ...base,
        type: 'numerical',
        answers: list.map((n) =>
          n.type === 'high-low'
            ? { min: n.numberLow as number, max: n.numberHigh as number }
            : { value: n.number as number, tolerance: n.range ?? 0 },
        ),
      };
    }
    case 'Matching':
      return {
        ...base,
        type: 'matching',
        pairs: (q.matchPairs ?? []).map((_, p) => ({
          left: localised(versions, (i) => at(i).matchPairs?.[p].subquestion.text),
          right: localised(versions, (i) => at(i).matchPairs?.[p].subanswer),
        })),
      };
    default:
      throw new GiftError(
        lineOf(versions[0].source, q),
        `${q.type} questions cannot be graded automatically; use multiple choice, true/false, short answer, numerical or matching`,
      );
  }
}
