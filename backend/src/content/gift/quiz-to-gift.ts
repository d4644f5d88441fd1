import type { Language, LocalisedText, QuestionDefinition, QuizDefinition } from '@atolye/shared';

/** GIFT's special characters are written with a backslash before them. */
export function escapeGift(text: string): string {
  return text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`);
}

/** Writes one language of a quiz as Moodle GIFT, so it can be imported into Moodle. */
export function quizToGift(quiz: QuizDefinition, language: Language): string {
  const t = (text: LocalisedText | undefined) => escapeGift(text?.[language] ?? '');
  const fb = (text: LocalisedText | undefined) => (text ? `#${t(text)}` : '');
  const general = (q: QuestionDefinition) => (q.generalFeedback ? `\n####${t(q.generalFeedback)}` : '');
  const blocks = quiz.questions.map((q) => {
    const head = `::${escapeGift(q.id)}:: ${t(q.text)} {`;
    switch (q.type) {
      case 'single_choice':
        return `${head}\n${q.options.map((o) => `${o.correct ? '=' : '~'}${t(o.text)}${fb(o.feedback)}`).join('\n')}${general(q)}\n}`;
      case 'multiple_choice':
        return `${head}\n${q.options.map((o) => `~%${o.weight}%${t(o.text)}${fb(o.feedback)}`).join('\n')}${general(q)}\n}`;
      case 'true_false': {
        // Feedback for a wrong answer first, then for the right one.
        const [wrong, right] = q.answer
          ? [q.feedbackFalse, q.feedbackTrue]
          : [q.feedbackTrue, q.feedbackFalse];
        const feedback = wrong || right ? `#${t(wrong)}#${t(right)}` : '';
        return `${head}${q.answer ? 'TRUE' : 'FALSE'}${feedback}${general(q)}}`;
      }
      case 'short_answer':
        return `${head}\n${(q.accept[language] ?? []).map((a) => `=${escapeGift(a)}`).join('\n')}${general(q)}\n}`;
      case 'numerical': {
        const answers = q.answers.map((a) =>
          'min' in a ? `=${a.min}..${a.max}` : `=${a.value}:${a.tolerance}`,
        );
        return `${head}#\n${answers.join('\n')}${general(q)}\n}`;
      }
      case 'matching':
        return `${head}\n${q.pairs.map((p) => `=${t(p.left)} -> ${t(p.right)}`).join('\n')}${general(q)}\n}`;
    }
  });
  return `// ${quiz.title[language] ?? quiz.slug} (${quiz.kind}, pass mark ${quiz.passMarkPercent} %)\n\n${blocks.join('\n\n')}\n`;
}
