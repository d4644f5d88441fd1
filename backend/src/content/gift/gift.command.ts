import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { LANGUAGES, type Language, type QuizDefinition } from '@atolye/shared';
import { formatProblem } from '../content-problem';
import { QuizParser } from '../quiz-parser';
import { GiftError, giftToQuestions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';

const USAGE = `Converts quizzes between Moodle GIFT and Atölye's quiz files.

  npm run quiz:gift -- to-yaml --en questions.en.gift [--tr questions.tr.gift] --slug post-test --kind post_test --out quizzes/post-test.yaml
  npm run quiz:gift -- to-gift quizzes/post-test.yaml --lang tr --out post-test.tr.gift

to-yaml writes the questions with default settings (pass mark 70 %, 2 attempts); edit them after.`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function toYaml(args: string[]): void {
  const sources = LANGUAGES.flatMap((language) => {
    const file = option(args, language);
    return file ? [{ language, file, text: readFileSync(file, 'utf8') }] : [];
  });
  if (sources.length === 0) fail(USAGE);
  let questions;
  try {
    questions = giftToQuestions(sources);
  } catch (error) {
    if (error instanceof GiftError) fail(`${sources[0].file}:${error.message}`);
    throw error;
  }
  const slug = option(args, 'slug') ?? 'post-test';
  const quiz: QuizDefinition = {
    slug,
    kind: (option(args, 'kind') ?? 'post_test') as QuizDefinition['kind'],
    title: Object.fromEntries(sources.map((s) => [s.language, slug])),
    passMarkPercent: 70,
    timeLimitMinutes: null,
    maxAttempts: 2,
    shuffleQuestions: true,
    shuffleOptions: true,
    reviewPolicy: 'after_last_attempt',
    pairedWith: null,
    afterLesson: null,
    questions,
  };
  const {
    pairedWith: _pairedWith,
    afterLesson: _afterLesson,
    timeLimitMinutes: _timeLimit,
    ...settings
  } = quiz;
  // Option ids are given by position when the file is read, so they are not written.
  const yaml = stringify({
    ...settings,
    questions: questions.map((q) =>
      'options' in q ? { ...q, options: q.options.map(({ id: _id, ...o }) => o) } : q,
    ),
  });
  const out = option(args, 'out');
  if (out) writeFileSync(out, yaml);
  else process.stdout.write(yaml);
}

function toGift(args: string[]): void {
  const file = args[1];
  const language = (option(args, 'lang') ?? 'en') as Language;
  if (!file || !LANGUAGES.includes(language)) fail(USAGE);
  const { quiz, problems } = new QuizParser(file, readFileSync(file, 'utf8'), [...LANGUAGES]).parse(
    basename(file, '.yaml'),
  );
  if (!quiz) fail(problems.map(formatProblem).join('\n'));
  const gift = quizToGift(quiz, language);
  const out = option(args, 'out');
  if (out) writeFileSync(out, gift);
  else process.stdout.write(gift);
}

const args = process.argv.slice(2);
if (args[0] === 'to-yaml') toYaml(args);
else if (args[0] === 'to-gift') toGift(args);
else fail(USAGE);
