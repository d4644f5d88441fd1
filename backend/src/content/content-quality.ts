import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, parse, parseDocument, visit } from 'yaml';
import type { Language, QuizDefinition } from '@atolye/shared';
import type { ContentModule } from './content-model';
import type { ContentProblem } from './content-problem';

/** Above this share of single-choice items answered by "pick the longest option", a quiz fails. */
export const MAX_LONGEST_CORRECT_SHARE = 0.35;
/** Legal lessons whose facts were checked longer ago than this are flagged for review. */
export const LEGAL_REVIEW_DAYS = 365;
/** Modules with one of these topics teach law: their lessons age. */
const LEGAL_TOPICS = ['legal-framework', 'data-protection'];

export interface QualityReport {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

export interface GlossaryTerm {
  en: string;
  tr: string;
  source?: string;
  /** Wrong Turkish variants, flagged wherever they start a word in Turkish text. */
  avoid?: string[];
  /** Phrases in which an avoided variant is right (a proper name, say). */
  allow?: string[];
}

/**
 * Checks that go beyond validity, run by `npm run content:check` (never at publishing): quizzes a
 * test-wise reader cannot pass by length alone, Turkish terms as the glossary fixes them, and
 * legal lessons whose facts are due for another check.
 */
export function checkQuality(
  contentRoot: string,
  modules: ContentModule[],
  today = new Date(),
): QualityReport {
  const report: QualityReport = { problems: [], warnings: [] };
  const glossary = readGlossary(contentRoot, report);
  for (const module of modules) {
    for (const quiz of module.quizzes) checkLongestOption(join(contentRoot, '..'), module, quiz, report);
    checkParallelTests(module, report);
    checkLessonAge(module, today, report);
    if (glossary.length) checkTerms(module, contentRoot, glossary, report);
  }
  return report;
}

function checkLongestOption(
  root: string,
  module: ContentModule,
  quiz: QuizDefinition,
  report: QualityReport,
): void {
  const items = quiz.questions.filter((q) => q.type === 'single_choice');
  if (items.length === 0) return;
  for (const language of module.manifest.languages) {
    const longest = items.filter((q) => {
      const lengths = q.options.map((o) => (o.text[language] ?? '').trim().length);
      const right = q.options.findIndex((o) => o.correct);
      return lengths.every((length, i) => i === right || length < lengths[right]);
    });
    const share = longest.length / items.length;
    if (share > MAX_LONGEST_CORRECT_SHARE) {
      report.problems.push({
        file: `${module.folder}/quizzes/${quiz.slug}.yaml`,
        line: lineOfQuestion(root, module, quiz, longest[0].id),
        message: `in ${language}, the right option is the strictly longest in ${longest.length} of ${items.length} single-choice questions (${Math.round(share * 100)} %; at most ${MAX_LONGEST_CORRECT_SHARE * 100} %): ${longest.map((q) => q.id).join(', ')}`,
      });
    }
  }
}

/**
 * A post-test and its pre-test measure the same objectives with different items: the same number
 * of questions and points (so scores compare), and no question asked twice.
 */
function checkParallelTests(module: ContentModule, report: QualityReport): void {
  for (const post of module.quizzes) {
    const pre = module.quizzes.find((q) => q.slug === post.pairedWith);
    if (!pre) continue;
    const file = `${module.folder}/quizzes/${post.slug}.yaml`;
    const points = (quiz: QuizDefinition) => quiz.questions.reduce((sum, q) => sum + q.points, 0);
    if (pre.questions.length !== post.questions.length || points(pre) !== points(post))
      report.problems.push({
        file,
        line: 1,
        message: `a post-test parallels its pre-test: here ${post.questions.length} question(s) worth ${points(post)} point(s), in ${pre.slug} ${pre.questions.length} worth ${points(pre)}`,
      });
    const asked = new Set(pre.questions.flatMap((q) => Object.values(q.text).map((text) => text?.trim())));
    for (const question of post.questions) {
      if (Object.values(question.text).some((text) => asked.has(text?.trim())))
        report.problems.push({
          file,
          line: 1,
          message: `question ${question.id} repeats a question of ${pre.slug}; the post-test asks different items on the same objectives`,
        });
    }
  }
}

function lineOfQuestion(root: string, module: ContentModule, quiz: QuizDefinition, id: string): number {
  const file = join(root, module.folder, 'quizzes', `${quiz.slug}.yaml`);
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const at = lines.findIndex((line) => new RegExp(`\\bid: ['"]?${id}['"]?\\b`).test(line));
  return at >= 0 ? at + 1 : 1;
}

function checkLessonAge(module: ContentModule, today: Date, report: QualityReport): void {
  if (!module.manifest.topics.some((t) => LEGAL_TOPICS.includes(t))) return;
  const limit = new Date(today.getTime() - LEGAL_REVIEW_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const lesson of module.lessons) {
    for (const translation of lesson.translations) {
      if (translation.verifiedOn && translation.verifiedOn < limit) {
        report.warnings.push({
          file: `${module.folder}/lessons/${lesson.slug}/${translation.language}.md`,
          line: 1,
          message: `legal facts last verified on ${translation.verifiedOn}, more than a year ago: check them against the sources again and update "verified"`,
        });
      }
    }
  }
}

function readGlossary(contentRoot: string, report: QualityReport): GlossaryTerm[] {
  const file = join(contentRoot, 'glossary.yaml');
  if (!existsSync(file)) return [];
  const data = parse(readFileSync(file, 'utf8')) as { terms?: GlossaryTerm[] } | null;
  const terms = data?.terms ?? [];
  terms.forEach((term, i) => {
    if (typeof term?.en !== 'string' || typeof term?.tr !== 'string')
      report.problems.push({
        file: 'content/glossary.yaml',
        line: 1,
        message: `term ${i + 1} needs an "en" and a "tr" text`,
      });
  });
  const seen = new Set<string>();
  for (const term of terms) {
    if (typeof term?.en !== 'string') continue;
    if (seen.has(term.en))
      report.problems.push({
        file: 'content/glossary.yaml',
        line: 1,
        message: `"${term.en}" is listed twice`,
      });
    seen.add(term.en);
  }
  return terms.filter((t) => typeof t?.en === 'string' && typeof t?.tr === 'string');
}

const trLower = (text: string) => text.toLocaleLowerCase('tr');
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Turkish text of the module, line by line as it stands in its file: lesson files whole, and in
 * module.yaml and quizzes every value under a `tr` key (also when it runs over several lines).
 * Lines that hold no Turkish are blank, so line numbers stay those of the file.
 */
function turkishFiles(module: ContentModule, contentRoot: string): { file: string; lines: string[] }[] {
  const root = join(contentRoot, '..');
  const files: { file: string; lines: string[] }[] = [];
  const tr: Language = 'tr';
  for (const lesson of module.lessons) {
    if (!lesson.translations.some((t) => t.language === tr)) continue;
    const file = `${module.folder}/lessons/${lesson.slug}/tr.md`;
    files.push({ file, lines: readFileSync(join(root, file), 'utf8').split('\n') });
  }
  const yamlFiles = [
    `${module.folder}/module.yaml`,
    ...module.quizzes.map((q) => `${module.folder}/quizzes/${q.slug}.yaml`),
  ];
  for (const file of yamlFiles) {
    const source = readFileSync(join(root, file), 'utf8');
    const lines = source.split('\n').map(() => '');
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
    const lineOf = (offset: number) => {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
      return line;
    };
    visit(parseDocument(source), {
      Pair(_, pair) {
        if (!isScalar(pair.key) || pair.key.value !== tr || !isScalar(pair.value) || !pair.value.range)
          return;
        const [from, to] = pair.value.range;
        for (let line = lineOf(from); line <= lineOf(Math.max(from, to - 1)); line++) {
          const text = source.slice(
            Math.max(lineStarts[line], from),
            Math.min(lineStarts[line + 1] ?? to, to),
          );
          lines[line] = `${lines[line]} ${text}`;
        }
      },
    });
    files.push({ file, lines });
  }
  return files;
}

function checkTerms(
  module: ContentModule,
  contentRoot: string,
  glossary: GlossaryTerm[],
  report: QualityReport,
): void {
  for (const { file, lines } of turkishFiles(module, contentRoot)) {
    lines.forEach((line, index) => {
      const lower = trLower(line);
      for (const term of glossary) {
        for (const wrong of term.avoid ?? []) {
          const needle = trLower(wrong);
          let at = lower.indexOf(needle);
          while (at >= 0) {
            const startsWord = at === 0 || !LETTER.test(lower[at - 1]);
            const allowed = (term.allow ?? []).some((phrase) => lower.includes(trLower(phrase)));
            if (startsWord && !allowed) {
              report.problems.push({
                file,
                line: index + 1,
                message: `"${line.slice(at, at + wrong.length)}": the glossary says "${term.tr}" for "${term.en}"${term.source ? ` (${term.source})` : ''}`,
              });
              break;
            }
            at = lower.indexOf(needle, at + 1);
          }
        }
      }
    });
  }
}
