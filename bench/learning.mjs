// Lesson reads and the catalogue under 50 concurrent trainees (demo data), against the built
// server on a real PostgreSQL. Target: lesson read p95 under 25 ms.
// Usage: npm run build && node bench/learning.mjs
import { measure, measureUsers, printTable, signIn, startServer } from './lib.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const server = startServer(Number(process.env.BENCH_PORT ?? 3301), 54369);

try {
  await server.ready();
  const cookie = await signIn(server.base, 'trainee@atolye.example');
  const [enrolment] = await (await fetch(`${server.base}/api/my/enrolments`, { headers: { cookie } })).json();
  const path = await (
    await fetch(`${server.base}/api/my/enrolments/${enrolment.id}/learning`, { headers: { cookie } })
  ).json();
  const lesson = path.modules[0].lessons[1];
  const options = { connections: 50, duration: DURATION, headers: { cookie } };
  await measure('warm-up', `${server.base}/api/catalogue`, options);
  const results = [
    await measure(
      'GET lesson (trainee, 50 concurrent)',
      `${server.base}/api/my/enrolments/${enrolment.id}/lessons/${lesson.id}?lang=tr`,
      options,
    ),
    await measure('GET /api/catalogue (50 concurrent)', `${server.base}/api/catalogue`, options),
    await measure(
      'GET reading path (50 concurrent)',
      `${server.base}/api/my/enrolments/${enrolment.id}/learning`,
      options,
    ),
  ];
  const where = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL';
  console.log(
    `\nSaturation: 50 connections sending as fast as they can, ${DURATION} s per route, ${where}\n`,
  );
  printTable(results);
  // 50 trainees reading at once: each opens a lesson every half second (100 requests/s in all,
  // far busier than real reading), their requests spread over time rather than fired in step.
  const lessonUrl = `${server.base}/api/my/enrolments/${enrolment.id}/lessons/${lesson.id}?lang=tr`;
  const paced = [
    await measureUsers('GET lesson (50 trainees, one every 0.5 s each)', lessonUrl, { headers: { cookie } }),
    await measureUsers(
      'GET /api/catalogue (50 trainees, one every 0.5 s each)',
      `${server.base}/api/catalogue`,
      {
        headers: { cookie },
      },
    ),
  ];
  console.log('\n50 trainees, each sending a request every 0.5 s (100 requests/s), spread over time\n');
  printTable(paced);
  const met = paced[0].p95Number < 25 ? 'met' : 'NOT met';
  console.log(
    `\ntarget: lesson read p95 < 25 ms at 50 concurrent trainees: ${met} (${paced[0].p95} ms paced; ${results[0].p95} ms at saturation)`,
  );
} finally {
  server.stop();
}
