import { resolve } from 'node:path';
import { formatProblem } from './content-problem';
import { loadContent } from './content-loader';

/**
 * `npm run content:check`: checks every module under content/ and prints each problem as
 * `file:line: message`. Exits 1 when there is any problem.
 */
function main(): void {
  const contentRoot = resolve(process.argv[2] ?? 'content');
  const { modules, problems } = loadContent(contentRoot, resolve(contentRoot, '..'));
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const lessons = modules.reduce((n, m) => n + m.lessons.length, 0);
  if (problems.length > 0) {
    process.stderr.write(`\n${problems.length} problem(s) found.\n`);
    process.exit(1);
  }
  process.stdout.write(`Content is valid: ${modules.length} modules, ${lessons} lessons.\n`);
}

main();
