import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { LANGUAGES, QUIZ_KINDS, type Language, type QuizKind } from '@atolye/shared';
import { formatProblem } from '../content-problem';
import { QuizParser } from '../quiz-parser';
import { giftToQuestions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';
import { quizToYaml } from './quiz-yaml';

const USAGE = `Converts quizzes between Moodle GIFT and Atölye's quiz files.

  npm run quiz:gift -- to-yaml --en questions.en.gift [--tr questions.tr.gift] --slug post-test --kind post_test --out quizzes/post-test.yaml
  npm run quiz:gift -- to-gift quizzes/post-test.yaml --lang tr --out post-test.tr.gift

to-yaml writes the questions with default settings (pass mark 70 %, 2 attempts); edit them after.
Every problem in the files is listed as file:line: message.`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The file's text; a file that cannot be read ends the command with its name and the reason. */
function read(file: string): string {
  if (!existsSync(file)) fail(`${file}: no such file`);
  return readFileSync(file, 'utf8');
}

function toYaml(args: string[]): void {
  const sources = LANGUAGES.flatMap((language) => {
    const file = option(args, language);
    return file ? [{ language, file, text: read(file) }] : [];
  });
  if (sources.length === 0) fail(USAGE);
  const kind = (option(args, 'kind') ?? 'post_test') as QuizKind;
  if (!QUIZ_KINDS.includes(kind)) fail(`--kind must be one of ${QUIZ_KINDS.join(', ')}`);
  const { questions, problems } = giftToQuestions(sources);
  if (problems.length > 0) {
    const fileOf = (language: Language) => sources.find((s) => s.language === language)?.file ?? '';
    fail(problems.map((p) => `${fileOf(p.language)}:${p.line}: ${p.message}`).join('\n'));
  }
  const slug = option(args, 'slug') ?? 'post-test';
  const yaml = quizToYaml({
    slug,
    kind,
    title: Object.fromEntries(sources.map((s) => [s.language, slug])),
    passMarkPercent: kind === 'post_test' ? 70 : 0,
    timeLimitMinutes: null,
    maxAttempts: kind === 'pre_test' ? 1 : 2,
    shuffleQuestions: true,
    shuffleOptions: true,
    reviewPolicy: kind === 'pre_test' ? 'after_post_test' : 'after_last_attempt',
    pairedWith: null,
    afterLesson: null,
    questions,
  });
  const out = option(args, 'out');
  if (out) writeFileSync(out, yaml);
  else process.stdout.write(yaml);
}

function toGift(args: string[]): void {
  const file = args[1];
  const language = (option(args, 'lang') ?? 'en') as Language;
  if (!file || !LANGUAGES.includes(language)) fail(USAGE);
  const { quiz, problems } = new QuizParser(file, read(file), [language]).parse(basename(file, '.yaml'));
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
