import type {
  AcceptedAnswer,
  Language,
  LocalisedText,
  NumericalAnswer,
  QuestionDefinition,
  QuizDefinition,
} from '@atolye/shared';
import { escapeGift, GIFT_FORMATS } from './gift-text';

/** A text Moodle would read a weight from (`%10% of…`) or a format from (`[html]…`). */
const WEIGHT_LIKE = /^%-*[0-9]{1,2}\.?[0-9]*%/;
const FORMAT_LIKE = new RegExp(`^\\[(?:${GIFT_FORMATS.join('|')})\\]`);

/** A weight as Moodle writes a fraction: `33.33333`, `-50`, `12.5`. */
export function giftWeight(weight: number): string {
  return String(Number(weight.toFixed(5)));
}

/** Plain text in GIFT: escaped, and kept from being read as a format name. */
function plain(text: string): string {
  return FORMAT_LIKE.test(text) ? `[plain]${escapeGift(text)}` : escapeGift(text);
}

/** Text with "->" in a place where Moodle would take it for a matching pair, written as HTML. */
function html(text: string): string {
  const encoded = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '<br>');
  return `[html]${escapeGift(encoded)}`;
}

/** An answer marker and its text, with an explicit weight when the text itself looks like one. */
function marked(marker: '=' | '~', weight: number | null, text: string): string {
  if (weight !== null) return `${marker}%${giftWeight(weight)}%${plain(text)}`;
  return WEIGHT_LIKE.test(text)
    ? `${marker}%${marker === '~' ? 0 : 100}%${plain(text)}`
    : `${marker}${plain(text)}`;
}

const entry = (a: string | AcceptedAnswer): AcceptedAnswer => (typeof a === 'string' ? { text: a } : a);

/**
 * One language of a quiz as Moodle GIFT, the way Moodle's own exporter writes it: texts as plain
 * text (`[plain]`, line breaks as `\n`), weights as Moodle's grades (`%33.33333%`), per-answer and
 * general feedback, and points as the tag `points-N`, which Moodle keeps (its GIFT import gives
 * every question one point; the header says which to change).
 */
export function quizToGift(quiz: QuizDefinition, language: Language): string {
  const notes: string[] = [];
  const blocks = quiz.questions.map((q) => question(q, language, notes));
  const heavier = quiz.questions.filter((q) => q.type !== 'description' && q.points !== 1);
  const header = [
    `// ${(quiz.title[language] ?? quiz.slug).replace(/\s+/g, ' ')} (${quiz.slug}, ${quiz.kind}, pass mark ${quiz.passMarkPercent} %), exported from Atölye in ${language}.`,
    '// Texts are plain text: Moodle shows them as written, line breaks included.',
    heavier.length
      ? `// Points: Moodle's GIFT import gives every question 1 point. Questions worth more carry the tag points-N, which Moodle keeps and Atölye reads back; in the Moodle quiz, set ${heavier.map((q) => `${q.id} to ${q.points}`).join(', ')}.`
      : "// Points: every question is worth 1 point, as Moodle's GIFT import gives them.",
    ...notes.map((note) => `// ${note}`),
  ];
  return `${header.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

function question(q: QuestionDefinition, language: Language, notes: string[]): string {
  const t = (text: LocalisedText | undefined) => plain(text?.[language] ?? '');
  const feedback = (text: LocalisedText | undefined) => (text?.[language] ? `#${t(text)}` : '');
  const general = q.generalFeedback?.[language] ? `\t####${t(q.generalFeedback)}\n` : '';
  const tag = q.type !== 'description' && q.points !== 1 ? `// [tag:points-${q.points}]\n` : '';
  const head = `${tag}::${escapeGift(q.id)}::[plain]${escapeGift(q.text[language] ?? '')}`;
  const block = (lines: string[], opening = '{') =>
    `${head}${opening}\n${lines.map((l) => `\t${l}\n`).join('')}${general}}`;
  switch (q.type) {
    case 'description':
      return head;
    case 'single_choice':
      return block(
        q.options.map(
          (o) =>
            // Moodle reads no weight after = in a choice question, so a right option needs no guard.
            (o.correct
              ? `=${plain(o.text[language] ?? '')}`
              : marked('~', o.weight ?? null, o.text[language] ?? '')) + feedback(o.feedback),
        ),
      );
    case 'multiple_choice':
      return block(
        q.options.map(
          (o) => marked('~', o.weight === 0 ? null : o.weight, o.text[language] ?? '') + feedback(o.feedback),
        ),
      );
    case 'true_false': {
      const [wrong, right] = q.answer ? [q.feedbackFalse, q.feedbackTrue] : [q.feedbackTrue, q.feedbackFalse];
      const onWrong = wrong?.[language] ? `#${t(wrong)}` : right?.[language] ? '#' : '';
      const onRight = right?.[language] ? `#${t(right)}` : '';
      const generalInline = q.generalFeedback?.[language] ? `####${t(q.generalFeedback)}` : '';
      return `${head}{${q.answer ? 'TRUE' : 'FALSE'}${onWrong}${onRight}${generalInline}}`;
    }
    case 'short_answer':
      return shortAnswer(q, language, head, general, notes);
    case 'numerical':
      return block(
        q.answers.map((a) => numerical(a, language)),
        '{#',
      );
    case 'matching': {
      const left = (text: string) => (text.includes('->') ? html(text) : plain(text));
      return block([
        ...q.pairs.map((p) => `=${left(p.left[language] ?? '')} -> ${escapeGift(p.right[language] ?? '')}`),
        ...(q.distractors ?? []).map((d) => `= -> ${escapeGift(d[language] ?? '')}`),
      ]);
    }
  }
}

function numerical(answer: NumericalAnswer, language: Language): string {
  const feedback = answer.feedback?.[language] ? `#${plain(answer.feedback[language] as string)}` : '';
  if ('otherwise' in answer)
    return answer.weight ? `=%${giftWeight(answer.weight)}%*${feedback}` : `~${feedback || '#'}`;
  const weight = answer.weight !== undefined && answer.weight !== 100 ? `%${giftWeight(answer.weight)}%` : '';
  const value = 'min' in answer ? `${answer.min}..${answer.max}` : `${answer.value}:${answer.tolerance}`;
  return `=${weight}${value}${feedback}`;
}

/**
 * Moodle reads a short-answer block that holds "->" as a matching question. Feedback with it is
 * written as HTML; a lone accepted answer with it is written without "=", which Moodle allows; when
 * there are several, that answer cannot be written and the header says so.
 */
function shortAnswer(
  q: Extract<QuestionDefinition, { type: 'short_answer' }>,
  language: Language,
  head: string,
  general: string,
  notes: string[],
): string {
  const answers = (q.accept[language] ?? []).map(entry);
  const write = (a: AcceptedAnswer, marker: '=' | '') => {
    const weight = a.weight !== undefined && a.weight !== 100 ? a.weight : null;
    const text =
      marker === '' ? `%${giftWeight(weight ?? 100)}%${plain(a.text)}` : marked('=', weight, a.text);
    const note = a.feedback ? `#${a.feedback.includes('->') ? html(a.feedback) : plain(a.feedback)}` : '';
    return text + note;
  };
  if (answers.length === 1 && answers[0].text.includes('->'))
    return `${head}{\n\t${write(answers[0], '')}\n${general}}`;
  const kept = answers.filter((a) => {
    if (!a.text.includes('->')) return true;
    notes.push(
      `Question ${q.id}: Moodle reads "->" in a short answer as a matching question, so the accepted answer "${a.text}" is left out.`,
    );
    return false;
  });
  return `${head}{\n${kept.map((a) => `\t${write(a, '=')}\n`).join('')}${general}}`;
}
