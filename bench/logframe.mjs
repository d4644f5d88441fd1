// The logframe with its computed values on the generated programme of `reports.mjs` (50,000
// enrolments, 1,000 sessions, 2,000 organisations) and the demo logframe (twelve items, ten
// indicators, eight computed: dashboard measures, study visits, workshops, follow-up answers).
// Times GET /api/logframe over the past year beside the dashboard route in the same run, as
// interleaved rounds so other work on the machine weighs on both alike. Target: p95 < 500 ms.
// Usage: npm run build && DATABASE_URL=postgres://… node bench/logframe.mjs
import pg from 'pg';
import { measure, printTable, signIn, startServer } from './lib.mjs';
import { generateReportsProgramme } from './reports-programme.mjs';

if (!process.env.DATABASE_URL) {
  console.log('logframe benchmark: needs DATABASE_URL (the data set is generated with SQL)');
  process.exit(0);
}
const ENROLMENTS = Number(process.env.BENCH_ENROLMENTS ?? 50000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const databaseName = `atolye_bench_logframe_${Date.now()}`;
process.env.TEST_DATABASE_NAME = databaseName;
const server = startServer(Number(process.env.BENCH_PORT ?? 3305), 54410);

try {
  await server.ready();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${databaseName}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const generated = performance.now();
  await generateReportsProgramme(db, { enrolments: ENROLMENTS });
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM enrolments) e, (SELECT count(*) FROM logframe_indicators) i,
              (SELECT count(*) FROM logframe_indicators WHERE source LIKE 'computed:%') c`,
    )
  ).rows[0];
  await db.end();
  console.log(
    `generated in ${((performance.now() - generated) / 1000).toFixed(1)} s: ${counts.e} enrolments; logframe of ${counts.i} indicators, ${counts.c} computed`,
  );

  const cookie = await signIn(server.base, 'coordinator@atolye.example');
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 400 * 86400_000).toISOString().slice(0, 10);
  const logframeUrl = `${server.base}/api/logframe?from=${yearAgo}&to=${today}`;
  const dashboardUrl = `${server.base}/api/reports/dashboard`;
  const check = await (await fetch(logframeUrl, { headers: { cookie } })).json();
  const completed = check.items
    .flatMap((i) => i.indicators)
    .find((i) => i.source === 'computed:people_completed')?.current.value;
  console.log(`people who completed, as the logframe computes them for the period: ${completed}`);
  // One request of each route the logframe's sources reuse, timed alone: where the time goes.
  const once = async (path) => {
    const started = performance.now();
    const response = await fetch(`${server.base}${path}`, { headers: { cookie } });
    await response.arrayBuffer();
    return `${path.split('?')[0]} ${(performance.now() - started).toFixed(0)} ms`;
  };
  for (let i = 0; i < 2; i++) {
    const single = [];
    for (const path of [
      '/api/reports/dashboard',
      '/api/reports/follow-up',
      `/api/reports/programme-events?from=${yearAgo}&to=${today}`,
      `/api/logframe?from=${yearAgo}&to=${today}`,
    ])
      single.push(await once(path));
    console.log(`single requests: ${single.join(', ')}`);
  }
  const options = { connections: 1, duration: SECONDS, headers: { cookie } };
  const rounds = { dashboard: [], logframe: [] };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.dashboard.push(
      await measure(`GET /api/reports/dashboard, round ${round + 1}`, dashboardUrl, options),
    );
    rounds.logframe.push(
      await measure(`GET /api/logframe (past 400 days), round ${round + 1}`, logframeUrl, options),
    );
  }
  console.log('\none client, requests one after another, interleaved rounds\n');
  printTable([...rounds.dashboard, ...rounds.logframe]);
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const dashboardP95 = median(rounds.dashboard.map((r) => r.p95Number));
  const logframeP95 = median(rounds.logframe.map((r) => r.p95Number));
  console.log(
    `\nmedian p95 over ${ROUNDS} rounds: logframe ${logframeP95.toFixed(1)} ms, dashboard (baseline) ${dashboardP95.toFixed(1)} ms, ratio ${(logframeP95 / dashboardP95).toFixed(2)}`,
  );
  console.log(`target: logframe p95 < 500 ms: ${logframeP95 < 500 ? 'met' : 'NOT met'}`);
} finally {
  server.stop();
}
