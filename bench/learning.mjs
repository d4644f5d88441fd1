// Lesson reads, the reading path, the catalogue and "my learning" under 50 concurrent trainees
// (demo data), against the built server on a real PostgreSQL, beside a bare route that touches
// no database (`/api/health/live`). The routes are measured in interleaved rounds (bare, lesson,
// …, bare, lesson, …) so that other work on a shared machine weighs on all alike; each route's
// figure is the median over the rounds and its ratio to the bare route is taken within each round.
// Targets: signed-in lesson reads >= 60 % of the bare route and p95 < 25 ms at 50 connections at
// saturation; lesson read p95 < 25 ms for 50 trainees each reading every 0.5 s.
// Usage: npm run build && node bench/learning.mjs   (BENCH_ROUNDS, BENCH_SECONDS)
import { measure, measureUsers, printTable, signIn, startServer } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const server = startServer(Number(process.env.BENCH_PORT ?? 3301), 54369);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await server.ready();
  const base = server.base;
  const cookie = await signIn(base, 'trainee@atolye.example');
  const [enrolment] = await (await fetch(`${base}/api/my/enrolments`, { headers: { cookie } })).json();
  const path = await (
    await fetch(`${base}/api/my/enrolments/${enrolment.id}/learning`, { headers: { cookie } })
  ).json();
  const lesson = path.modules[0].lessons[1];
  const lessonUrl = `${base}/api/my/enrolments/${enrolment.id}/lessons/${lesson.id}?lang=tr`;
  const routes = [
    ['GET /api/health/live (bare, no database)', `${base}/api/health/live`],
    ['GET lesson (trainee)', lessonUrl],
    ['GET reading path', `${base}/api/my/enrolments/${enrolment.id}/learning`],
    ['GET /api/catalogue', `${base}/api/catalogue`],
    ['GET /api/my/enrolments', `${base}/api/my/enrolments`],
  ];
  const options = { connections: 50, duration: SECONDS, headers: { cookie } };
  await measure('warm-up', lessonUrl, { ...options, duration: 3 });
  const runs = routes.map(() => []);
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, [title, url]] of routes.entries()) runs[i].push(await measure(title, url, options));
  const results = routes.map(([title], i) => ({
    title,
    rps: median(runs[i].map((r) => r.rps)),
    p50: median(runs[i].map((r) => Number(r.p50))).toFixed(1),
    p95: median(runs[i].map((r) => Number(r.p95))).toFixed(1),
    p99: median(runs[i].map((r) => Number(r.p99))).toFixed(1),
    p95Number: median(runs[i].map((r) => r.p95Number)),
    ofBare: median(runs[i].map((r, round) => r.rps / runs[0][round].rps)),
  }));
  const where = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL';
  console.log(
    `\nSaturation: 50 connections sending as fast as they can, ${ROUNDS} interleaved rounds of ${SECONDS} s per route (medians), ${where}\n`,
  );
  printTable(results, { title: 'of bare', value: (r) => `${Math.round(100 * r.ofBare)} %` });

  // 50 trainees reading at once: each opens a lesson every half second (100 requests/s in all,
  // far busier than real reading), their requests spread over time rather than fired in step.
  const paced = [
    await measureUsers('GET lesson (50 trainees, one every 0.5 s each)', lessonUrl, { headers: { cookie } }),
    await measureUsers('GET /api/catalogue (50 trainees, one every 0.5 s each)', `${base}/api/catalogue`, {
      headers: { cookie },
    }),
  ];
  console.log('\n50 trainees, each sending a request every 0.5 s (100 requests/s), spread over time\n');
  printTable(paced);
  console.log(`\nserver peak memory (VmHWM): ${server.peakMemoryMiB()} MiB`);
  const lessonRead = results[1];
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `\ntargets: lesson reads >= 60 % of bare at saturation: ${verdict(lessonRead.ofBare >= 0.6)} (${Math.round(100 * lessonRead.ofBare)} %); ` +
      `lesson p95 < 25 ms at saturation: ${verdict(lessonRead.p95Number < 25)} (${lessonRead.p95} ms); ` +
      `lesson p95 < 25 ms paced: ${verdict(paced[0].p95Number < 25)} (${paced[0].p95} ms)`,
  );
} finally {
  server.stop();
}
