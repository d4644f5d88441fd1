import { resolve } from 'node:path';
import { formatProblem } from './content-problem';
import { loadContent } from './content-loader';
import { checkQuality } from './content-quality';
import { loadQuestionnaires } from './capacity-questionnaire-parser';
import { loadSurveys } from './survey-parser';

/**
 * `npm run content:check`: checks every module under content/ and prints each problem as
 * `file:line: message`, then warnings the same way. Exits 1 when there is any problem.
 */
function main(): void {
  const contentRoot = resolve(process.argv[2] ?? 'content');
  const { modules, problems } = loadContent(contentRoot, resolve(contentRoot, '..'));
  const quality = checkQuality(contentRoot, modules);
  const surveys = loadSurveys(contentRoot, resolve(contentRoot, '..'));
  const questionnaires = loadQuestionnaires(contentRoot, resolve(contentRoot, '..'));
  const all = [...problems, ...surveys.problems, ...questionnaires.problems, ...quality.problems];
  for (const problem of all) process.stderr.write(`${formatProblem(problem)}\n`);
  for (const warning of quality.warnings) process.stderr.write(`${formatProblem(warning)} (warning)\n`);
  const lessons = modules.reduce((n, m) => n + m.lessons.length, 0);
  if (all.length > 0) {
    process.stderr.write(`\n${all.length} problem(s) found.\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Content is valid: ${modules.length} modules, ${lessons} lessons, ${surveys.surveys.length} survey(s), ${questionnaires.questionnaires.length} questionnaire(s)${quality.warnings.length ? `, ${quality.warnings.length} warning(s)` : ''}.\n`,
  );
}

main();
