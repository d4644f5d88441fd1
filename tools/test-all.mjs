// Runs everything a reviewer would, in order, and stops at the first failing step:
// format check, lint + type check + i18n completeness, unit, integration and e2e tests.
// The unit step also measures which lines the unit tests run, prints that figure and fails
// under COVERAGE_FLOOR. Ends with one line counting the tests that ran: "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * Lines run by the unit tests, in % of the lines of the files they load (jest's line coverage of
 * backend, frontend and libs/shared added up). Set at the figure measured when the floor was
 * introduced; raise it as tests are added, never lower it to let a change through.
 */
const COVERAGE_FLOOR = 89.2;
const COVERAGE_SUMMARIES = ['backend', 'frontend', 'libs/shared'].map(
  (project) => `${project}/coverage/coverage-summary.json`,
);

const steps = [
  ['format', 'npm run -s format:check'],
  ['lint', 'npm run -s lint'],
  ['unit', 'npm run -s test:unit -- -- --coverage --coverageReporters=json-summary'],
  ['integration', 'npm run -s test:integration'],
  ['e2e', 'npm run -s test:e2e'],
];

let passed = 0;
let failed = 0;

function count(raw) {
  // Nx forces colours on its children; the counts are read from the plain text.
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/\x1b\[[0-9;]*m/g, '');
  // jest: "Tests:       2 failed, 53 passed, 55 total"
  for (const line of text.match(/^Tests:.*$/gm) ?? []) {
    passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  }
  // Playwright: "  12 passed (40.1s)" and "  1 failed"
  for (const line of text.match(/^\s+\d+ (passed|failed|flaky)( \(.*\))?$/gm) ?? []) {
    const n = Number(/(\d+)/.exec(line)[1]);
    if (/passed/.test(line)) passed += n;
    else failed += n;
  }
}

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The unit tests' line coverage over the three projects, or a reason it cannot be read. */
function lineCoverage() {
  let covered = 0;
  let total = 0;
  for (const file of COVERAGE_SUMMARIES) {
    if (!existsSync(file)) return { problem: `${file} is missing` };
    const lines = JSON.parse(readFileSync(file, 'utf8')).total.lines;
    covered += lines.covered;
    total += lines.total;
  }
  return { covered, total, percent: total ? (100 * covered) / total : 0 };
}

const started = Date.now();
let exitCode = 0;
for (const [name, command] of steps) {
  console.log(`\n=== ${name}: ${command}`);
  const stepStarted = Date.now();
  // A summary left from an earlier run must not stand in for this one's.
  if (name === 'unit') for (const file of COVERAGE_SUMMARIES) rmSync(file, { force: true });
  const { code: exited, output } = await run(command);
  let code = exited;
  count(output);
  if (name === 'unit' && code === 0) {
    const coverage = lineCoverage();
    if ('problem' in coverage) {
      console.log(`coverage: cannot be read (${coverage.problem})`);
      code = 1;
    } else {
      console.log(
        `coverage: ${coverage.percent.toFixed(1)} % of lines run by the unit tests ` +
          `(${coverage.covered} of ${coverage.total}; floor ${COVERAGE_FLOOR} %)`,
      );
      if (coverage.percent < COVERAGE_FLOOR) code = 1;
    }
  }
  console.log(
    `=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${Math.round((Date.now() - stepStarted) / 1000)} s`,
  );
  if (code !== 0) {
    exitCode = code || 1;
    if (failed === 0) failed = 1;
    break;
  }
}
console.log(`\nAll steps took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
