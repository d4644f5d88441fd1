// Programme reports on a large generated programme: 2,000 organisations, 1,000 sessions of five
// meetings, 50,000 enrolments with attendance, quiz attempts and evaluations. Times the full
// dashboard request. Target: p95 under 300 ms.
// Usage: npm run build && DATABASE_URL=postgres://… node bench/reports.mjs
import pg from 'pg';
import { measure, printTable, signIn, startServer } from './lib.mjs';
import { generateReportsProgramme } from './reports-programme.mjs';

if (!process.env.DATABASE_URL) {
  console.log('reports benchmark: needs DATABASE_URL (the data set is generated with SQL)');
  process.exit(0);
}
const ENROLMENTS = Number(process.env.BENCH_ENROLMENTS ?? 50000);
const SESSIONS = 1000;
const ORGANISATIONS = 2000;
const databaseName = `atolye_bench_reports_${Date.now()}`;
process.env.TEST_DATABASE_NAME = databaseName;
const server = startServer(Number(process.env.BENCH_PORT ?? 3304), 54409);

try {
  await server.ready();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${databaseName}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const generated = performance.now();
  await generateReportsProgramme(db, {
    enrolments: ENROLMENTS,
    sessions: SESSIONS,
    organisations: ORGANISATIONS,
  });
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM enrolments) e, (SELECT count(*) FROM attendance_records) a, (SELECT count(*) FROM quiz_attempts) q, (SELECT count(*) FROM evaluations) v`,
    )
  ).rows[0];
  await db.end();
  console.log(
    `generated in ${((performance.now() - generated) / 1000).toFixed(1)} s: ${counts.e} enrolments, ${counts.a} attendance records, ${counts.q} quiz attempts, ${counts.v} evaluations`,
  );

  const cookie = await signIn(server.base, 'coordinator@atolye.example');
  const options = { connections: 1, duration: Number(process.env.BENCH_SECONDS ?? 15), headers: { cookie } };
  // Warm up with plain requests: one dashboard may take longer than a short autocannon run.
  for (let i = 0; i < 2; i++) await fetch(`${server.base}/api/reports/dashboard`, { headers: { cookie } });
  const results = [
    await measure(
      'GET /api/reports/dashboard (whole programme)',
      `${server.base}/api/reports/dashboard`,
      options,
    ),
    await measure(
      'GET /api/reports/dashboard?province=İl 7',
      `${server.base}/api/reports/dashboard?province=${encodeURIComponent('İl 7')}`,
      options,
    ),
    await measure(
      'GET /api/reports/breakdown (completed by gender)',
      `${server.base}/api/reports/breakdown?measure=people_completed&by=gender`,
      options,
    ),
  ];
  console.log('\none client, requests one after another\n');
  printTable(results);
  console.log(
    `\ntarget: full dashboard p95 < 300 ms: ${results[0].p95Number < 300 ? 'met' : 'NOT met'} (${results[0].p95} ms)`,
  );

  // The heaviest downloads on the same programme, under the heap cap the API runs with
  // (tools/api-node-flags.mjs): each must complete, and the peak memory they reach is printed.
  console.log('\nexports of the whole programme, one after another\n');
  server.resetPeakMemory();
  for (const [title, path] of [
    ['XLSX export', '/api/reports/export?format=xlsx'],
    ['CSV export', '/api/reports/export?format=csv'],
    ['donor report PDF', '/api/reports/report.pdf?language=tr'],
  ]) {
    const started = performance.now();
    const response = await fetch(`${server.base}${path}`, { headers: { cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    console.log(
      `${title}: ${response.status}, ${(bytes / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
  }
  console.log(`server peak memory during the exports (VmHWM): ${server.peakMemoryMiB()} MiB`);
} finally {
  server.stop();
}
