// Capacity self-assessment at programme scale: 2,000 organisations, each with a submitted
// baseline and endline of the 28-question questionnaire. Times the coordinators' overview (every
// organisation's scores and the figures), one organisation's page (questionnaire, both rounds,
// scores and recommendations) and the dashboard with its capacity measure, each beside
// `GET /api/auth/me` (one session lookup) measured the same way in the same run.
// Targets: overview p95 < 300 ms; an organisation's page p95 < 50 ms.
// Usage: npm run build && DATABASE_URL=postgres://… node bench/capacity.mjs
import pg from 'pg';
import { measure, printTable, signIn, startServer } from './lib.mjs';

if (!process.env.DATABASE_URL) {
  console.log('capacity benchmark: needs DATABASE_URL (the data set is generated with SQL)');
  process.exit(0);
}
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 2000);
const databaseName = `atolye_bench_capacity_${Date.now()}`;
process.env.TEST_DATABASE_NAME = databaseName;
const server = startServer(Number(process.env.BENCH_PORT ?? 3311), 54411);

try {
  await server.ready();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${databaseName}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const generated = performance.now();
  await db.query(`
    INSERT INTO organisations (name, name_key, type, country, province, thematic_areas)
    SELECT 'Kapasite Kurumu ' || i, 'kapasite kurumu ' || i, 'cso', 'TR', 'İl ' || (i % 81), '{}'
      FROM generate_series(1, ${ORGANISATIONS}) i`);
  // Scores 1–4 from a hash of organisation, round and question; the overall as stored at submission
  // (its exact value does not matter to the timing).
  await db.query(`
    INSERT INTO capacity_assessments (organisation_id, questionnaire_id, round, status, answers, overall_score, submitted_at)
    SELECT o.id, q.id, r.round, 'submitted',
           (SELECT jsonb_object_agg(question->>'id', 1 + abs(hashtext(o.id::text || r.round || (question->>'id'))) % 4)
              FROM jsonb_array_elements(q.definition->'domains') d, jsonb_array_elements(d->'questions') question),
           round((1 + random() * 3)::numeric, 1), now() - CASE r.round WHEN 'baseline' THEN interval '200 days' ELSE interval '5 days' END
      FROM organisations o, capacity_questionnaires q, (VALUES ('baseline'), ('endline')) r(round)
     WHERE o.name LIKE 'Kapasite Kurumu %' AND q.slug = 'organisational-capacity'`);
  await db.query('VACUUM ANALYZE');
  const [{ rounds }] = (await db.query(`SELECT count(*)::int AS rounds FROM capacity_assessments`)).rows;
  const [{ id: organisationId }] = (
    await db.query(`SELECT id FROM organisations WHERE name = 'Kapasite Kurumu 7'`)
  ).rows;
  await db.end();
  console.log(
    `generated in ${((performance.now() - generated) / 1000).toFixed(1)} s: ${ORGANISATIONS} organisations, ${rounds} submitted rounds`,
  );

  const cookie = await signIn(server.base, 'coordinator@atolye.example');
  const options = { connections: 1, duration: Number(process.env.BENCH_SECONDS ?? 10), headers: { cookie } };
  const routes = [
    ['GET /api/auth/me (baseline)', '/api/auth/me'],
    [`GET /api/reports/capacity (${ORGANISATIONS} organisations)`, '/api/reports/capacity'],
    ['GET /api/organisations/:id/capacity', `/api/organisations/${organisationId}/capacity`],
    ['GET /api/reports/dashboard (with the capacity measure)', '/api/reports/dashboard'],
  ];
  for (const [, path] of routes) await fetch(`${server.base}${path}`, { headers: { cookie } });
  const results = [];
  for (const [title, path] of routes) results.push(await measure(title, `${server.base}${path}`, options));
  const baseline = results[0].p95Number;
  console.log('\none client, requests one after another\n');
  printTable(results, { title: 'p95 / baseline', value: (r) => `${(r.p95Number / baseline).toFixed(1)}×` });
  console.log(
    `\ntarget: overview p95 < 300 ms: ${results[1].p95Number < 300 ? 'met' : 'NOT met'} (${results[1].p95} ms); ` +
      `organisation page p95 < 50 ms: ${results[2].p95Number < 50 ? 'met' : 'NOT met'} (${results[2].p95} ms)`,
  );
} finally {
  server.stop();
}
