// Coaching on a large generated programme: 2,000 tracks, each with three people coached, five
// meetings of two action items each and a twelve-item draft logframe with comments. Times the
// finished tracks' figures, a track's page and a person's "My coaching", one client at a time,
// beside GET /api/auth/me (a signed-in read of one row) measured the same way in the same run.
// Targets: a track's page and "My coaching" p95 < 50 ms; the figures p95 < 300 ms.
// Usage: npm run build && DATABASE_URL=postgres://… node bench/coaching.mjs
import pg from 'pg';
import { measure, printTable, signIn, startServer } from './lib.mjs';

if (!process.env.DATABASE_URL) {
  console.log('coaching benchmark: needs DATABASE_URL (the data set is generated with SQL)');
  process.exit(0);
}
const TRACKS = Number(process.env.BENCH_TRACKS ?? 2000);
const databaseName = `atolye_bench_coaching_${Date.now()}`;
process.env.TEST_DATABASE_NAME = databaseName;
const server = startServer(Number(process.env.BENCH_PORT ?? 3305), 54410);

try {
  await server.ready();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${databaseName}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const generated = performance.now();
  await db.query(`
    INSERT INTO organisations (name, name_key, type, country, province, thematic_areas)
    SELECT 'Dernek ' || i, 'dernek ' || i, 'cso', 'TR', 'İl ' || (i % 81), '{}' FROM generate_series(1, ${TRACKS}) i`);
  await db.query(`
    WITH o AS (SELECT array_agg(id ORDER BY name) AS ids FROM organisations WHERE name LIKE 'Dernek %')
    INSERT INTO people (email, full_name, password_hash, roles, gender, organisation_id)
    SELECT 'c' || i || '@bench.example', 'Kişi ' || i, 'x', '{trainee}', (ARRAY['female','male','other','undeclared'])[1 + i % 4],
           o.ids[1 + (i / 3) % ${TRACKS}]
      FROM generate_series(0, ${TRACKS * 3 - 1}) i, o`);
  await db.query(`
    WITH o AS (SELECT array_agg(id ORDER BY name) AS ids FROM organisations WHERE name LIKE 'Dernek %'),
         mentor AS (SELECT id FROM people WHERE email = 'trainer@atolye.example')
    INSERT INTO coaching_tracks (title, project_title, mentor_id, mentor_kind, organisation_id, starts_on, ends_on, status)
    SELECT 'Süreç ' || i, 'Proje ' || i, mentor.id, 'trainer', o.ids[1 + i % ${TRACKS}],
           date '2025-01-01' + (i % 700), date '2025-06-01' + (i % 700), (ARRAY['finished','finished','active','planned','dropped'])[1 + i % 5]
      FROM generate_series(0, ${TRACKS - 1}) i, o, mentor`);
  await db.query(`
    WITH t AS (SELECT id, row_number() OVER (ORDER BY title) - 1 AS n FROM coaching_tracks WHERE title LIKE 'Süreç %'),
         p AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM people WHERE email LIKE 'c%@bench.example')
    INSERT INTO coaching_track_members (track_id, person_id) SELECT t.id, p.id FROM t JOIN p ON p.n / 3 = t.n`);
  // The demo trainee on one track, to time her "My coaching".
  await db.query(`
    INSERT INTO coaching_track_members (track_id, person_id)
    SELECT (SELECT id FROM coaching_tracks WHERE title = 'Süreç 7'), id FROM people WHERE email = 'trainee@atolye.example'`);
  await db.query(`
    INSERT INTO coaching_meetings (track_id, held_on, duration_minutes, mode, notes)
    SELECT t.id, t.starts_on + d * 14, 60 + 30 * (d % 2), (ARRAY['online','in_person'])[1 + d % 2], 'Notlar: çağrı metni, bütçe, ortaklık.'
      FROM coaching_tracks t, generate_series(1, 5) d WHERE t.title LIKE 'Süreç %'`);
  await db.query(`
    INSERT INTO coaching_action_items (meeting_id, text, owner_id, due_on, done)
    SELECT m.id, 'Yapılacak iş ' || k, (SELECT person_id FROM coaching_track_members WHERE track_id = m.track_id LIMIT 1),
           m.held_on + 10, k = 1
      FROM coaching_meetings m, generate_series(1, 2) k`);
  await db.query(`
    INSERT INTO coaching_draft_items (track_id, parent_id, level, text, indicators)
    SELECT id, NULL, 'overall_objective', 'Genel amaç', '[]' FROM coaching_tracks WHERE title LIKE 'Süreç %'`);
  for (const [level, parent, count] of [
    ['specific_objective', 'overall_objective', 1],
    ['result', 'specific_objective', 3],
    ['activity', 'result', 2],
  ]) {
    await db.query(
      `INSERT INTO coaching_draft_items (track_id, parent_id, level, text, indicators)
       SELECT i.track_id, i.id, $1, $1 || ' ' || k,
              '[{"description":"Gösterge","baseline":"0","target":"100","meansOfVerification":"Kayıtlar"}]'
         FROM coaching_draft_items i, generate_series(1, ${count}) k WHERE i.level = $2`,
      [level, parent],
    );
  }
  await db.query(`
    INSERT INTO coaching_draft_comments (item_id, author_id, body, resolved_at)
    SELECT i.id, t.mentor_id, 'Hedefi cinsiyete göre ayırın.', CASE WHEN i.level = 'result' THEN now() END
      FROM coaching_draft_items i JOIN coaching_tracks t ON t.id = i.track_id WHERE i.level IN ('result', 'specific_objective')`);
  await db.query('VACUUM ANALYZE');
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM coaching_tracks) t, (SELECT count(*) FROM coaching_meetings) m,
              (SELECT count(*) FROM coaching_action_items) a, (SELECT count(*) FROM coaching_draft_items) d,
              (SELECT count(*) FROM coaching_draft_comments) c, (SELECT id FROM coaching_tracks WHERE title = 'Süreç 7') track`,
    )
  ).rows[0];
  await db.end();
  console.log(
    `generated in ${((performance.now() - generated) / 1000).toFixed(1)} s: ${counts.t} tracks, ${counts.m} meetings, ${counts.a} action items, ${counts.d} draft items, ${counts.c} comments`,
  );

  const coordinator = await signIn(server.base, 'coordinator@atolye.example');
  const trainee = await signIn(server.base, 'trainee@atolye.example');
  const options = (cookie) => ({
    connections: 1,
    duration: Number(process.env.BENCH_SECONDS ?? 10),
    headers: { cookie },
  });
  const results = [
    await measure('GET /api/auth/me (baseline)', `${server.base}/api/auth/me`, options(trainee)),
    await measure(
      "GET /api/coaching-tracks/:id (a team member's track page)",
      `${server.base}/api/coaching-tracks/${counts.track}`,
      options(trainee),
    ),
    await measure('GET /api/my/coaching-tracks', `${server.base}/api/my/coaching-tracks`, options(trainee)),
    await measure(
      'GET /api/reports/coaching (whole programme)',
      `${server.base}/api/reports/coaching`,
      options(coordinator),
    ),
    await measure(
      'GET /api/reports/coaching?from=2026-01-01&to=2026-12-31',
      `${server.base}/api/reports/coaching?from=2026-01-01&to=2026-12-31`,
      options(coordinator),
    ),
  ];
  const baseline = results[0].p95Number;
  console.log('\none client, requests one after another\n');
  printTable(results, { title: 'p95 ÷ baseline p95', value: (r) => (r.p95Number / baseline).toFixed(1) });
  const met = (r, ms) => `${r.p95Number < ms ? 'met' : 'NOT met'} (${r.p95} ms)`;
  console.log(`\ntarget: track page p95 < 50 ms: ${met(results[1], 50)}`);
  console.log(`target: "My coaching" p95 < 50 ms: ${met(results[2], 50)}`);
  console.log(`target: figures p95 < 300 ms: ${met(results[3], 300)}`);
} finally {
  server.stop();
}
