// Lesson reads, the reading path, the catalogue and "my learning" under 50 concurrent trainees
// (demo data), against the built server on a real PostgreSQL, beside a bare route that touches
// no database (`/api/health/live`). The routes are measured in interleaved rounds (bare, lesson,
// …, bare, lesson, …) so that other work on a shared machine weighs on all alike; each route's
// figure is the median over the rounds and its ratio to the bare route is taken within each round.
// Targets: signed-in lesson reads >= 60 % of the bare route and p95 < 25 ms at 50 connections at
// saturation; lesson read p95 < 25 ms for 50 trainees each reading every 0.5 s.
// BENCH_BEFORE_ENTRY=path/to/main.js also starts that build (an earlier version of the API, on a
// database of its own) and measures its lesson reads and reading path in the same rounds, with
// the ratio of this build to it.
// Usage: npm run build && node bench/learning.mjs   (BENCH_ROUNDS, BENCH_SECONDS, BENCH_BEFORE_ENTRY, BENCH_BEFORE_FLAGS, BENCH_BEFORE_ENV)
import { measure, measureUsers, printTable, signIn, startServer } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3301);
const server = startServer(PORT, 54369);
// BENCH_BEFORE_FLAGS: the V8 flags of that second server ("none": Node's defaults), so the same
// build can be compared with and without the heap flags it normally runs with. BENCH_BEFORE_ENV=none:
// that second server on glibc's own allocator settings (tools/api-node-flags.mjs).
const before =
  process.env.BENCH_BEFORE_ENTRY || process.env.BENCH_BEFORE_FLAGS || process.env.BENCH_BEFORE_ENV
    ? startServer(PORT + 100, 54370, process.env.BENCH_BEFORE_ENTRY, {
        ...(process.env.BENCH_BEFORE_FLAGS ? { API_NODE_FLAGS: process.env.BENCH_BEFORE_FLAGS } : {}),
        ...(process.env.BENCH_BEFORE_ENV ? { API_NODE_ENV: process.env.BENCH_BEFORE_ENV } : {}),
      })
    : null;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await Promise.all([server.ready(), before?.ready()]);
  // Memory after start-up (checking and publishing content, seeding), then its peak from here on.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const servers = [server, before].filter(Boolean);
  const idle = servers.map((s) => ({ resident: s.memoryMiB(), startPeak: s.peakMemoryMiB() }));
  for (const s of servers) s.resetPeakMemory();
  // The trainee's first enrolment, lesson and reading path on a server.
  const urlsOf = async (base) => {
    const cookie = await signIn(base, 'trainee@atolye.example');
    const [enrolment] = await (await fetch(`${base}/api/my/enrolments`, { headers: { cookie } })).json();
    const learning = `${base}/api/my/enrolments/${enrolment.id}/learning`;
    const path = await (await fetch(learning, { headers: { cookie } })).json();
    const lesson = `${base}/api/my/enrolments/${enrolment.id}/lessons/${path.modules[0].lessons[1].id}?lang=tr`;
    return { cookie, lesson, learning, mine: `${base}/api/my/enrolments` };
  };
  const base = server.base;
  const mine = await urlsOf(base);
  const { cookie } = mine;
  const lessonUrl = mine.lesson;
  const routes = [
    ['GET /api/health/live (bare, no database)', `${base}/api/health/live`, cookie],
    ['GET lesson (trainee)', lessonUrl, cookie],
    ['GET reading path', mine.learning, cookie],
    ['GET /api/catalogue', `${base}/api/catalogue`, cookie],
    ['GET /api/my/enrolments', `${base}/api/my/enrolments`, cookie],
  ];
  if (before) {
    const theirs = await urlsOf(before.base);
    routes.push(
      ['GET lesson, earlier build', theirs.lesson, theirs.cookie],
      ['GET reading path, earlier build', theirs.learning, theirs.cookie],
      ['GET /api/my/enrolments, earlier build', theirs.mine, theirs.cookie],
    );
  }
  const options = { connections: 50, duration: SECONDS };
  await measure('warm-up', lessonUrl, { ...options, duration: 3, headers: { cookie } });
  const runs = routes.map(() => []);
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, [title, url, session]] of routes.entries())
      runs[i].push(await measure(title, url, { ...options, headers: { cookie: session } }));
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
  if (before) {
    // This build's figure over the earlier build's, round by round.
    const gain = (mineIndex, theirIndex) =>
      median(runs[mineIndex].map((r, round) => r.rps / runs[theirIndex][round].rps)).toFixed(2);
    console.log(
      `\nthis build ÷ earlier build (req/s, same rounds): lesson ${gain(1, 5)}×, reading path ${gain(2, 6)}×, my enrolments ${gain(4, 7)}×`,
    );
  }

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
  const memoryLine = (s, i) =>
    `resident after start ${idle[i].resident} MiB (start-up peak ${idle[i].startPeak} MiB), peak under the load above ${s.peakMemoryMiB()} MiB`;
  console.log(`\nserver memory (VmRSS/VmHWM): ${memoryLine(server, 0)}`);
  if (before) console.log(`earlier build / other flags:  ${memoryLine(before, 1)}`);
  const lessonRead = results[1];
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `\ntargets: lesson reads >= 60 % of bare at saturation: ${verdict(lessonRead.ofBare >= 0.6)} (${Math.round(100 * lessonRead.ofBare)} %); ` +
      `lesson p95 < 25 ms at saturation: ${verdict(lessonRead.p95Number < 25)} (${lessonRead.p95} ms); ` +
      `lesson p95 < 25 ms paced: ${verdict(paced[0].p95Number < 25)} (${paced[0].p95} ms); ` +
      `peak memory under load < 200 MiB: ${verdict(server.peakMemoryMiB() < 200)} (${server.peakMemoryMiB()} MiB)`,
  );
} finally {
  server.stop();
  before?.stop();
}
