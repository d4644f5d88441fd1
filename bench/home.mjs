// The "what now" home of 50 trainees signed in at once, each with a seat in a session meeting
// today (check-in open), lessons, tests and the demo's data around them; against the built
// server on a real PostgreSQL. Baseline in the same run: GET /api/auth/me, the cheapest
// signed-in read, paced the same way. Target: home p95 under 50 ms at 50 concurrent trainees.
// Usage: npm run build && node bench/home.mjs
import { printTable, signIn, startServer } from './lib.mjs';

const TRAINEES = 50;
const EVERY_MS = 500;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const PASSWORD = 'atolye-demo-2026';
const server = startServer(Number(process.env.BENCH_PORT ?? 3302), 54370);

async function call(method, path, cookie, body) {
  const response = await fetch(`${server.base}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** 50 trainees enrolled by hand in a session of the demo training meeting now. */
async function seed() {
  const admin = await signIn(server.base, 'admin@atolye.example');
  const trainings = await call('GET', '/api/trainings?q=Working with people', admin);
  const at = (minutes) => new Date(Date.now() + minutes * 60_000).toISOString();
  const session = await call('POST', '/api/sessions', admin, {
    trainingId: trainings.items[0].id,
    title: 'Gaziantep — home benchmark cohort',
    format: 'course',
    mode: 'in_person',
    language: 'tr',
    venue: 'Şahinbey Kültür Merkezi, Gaziantep',
    meetingLink: null,
    city: 'Gaziantep',
    country: 'TR',
    capacity: TRAINEES,
    enrolmentOpensAt: at(-24 * 60),
    enrolmentClosesAt: at(10 * 24 * 60),
    enrolmentPolicy: 'automatic',
    trainerIds: [],
    meetings: [
      { startsAt: at(-30), endsAt: at(150), topic: 'Hukuki çerçeve' },
      { startsAt: at(7 * 24 * 60), endsAt: at(7 * 24 * 60 + 180), topic: 'Geri göndermeme ilkesi' },
    ],
  });
  const stamp = Date.now();
  const cookies = [];
  for (let i = 0; i < TRAINEES; i++) {
    const email = `home-bench-${stamp}-${i}@example.org`;
    const person = await call('POST', '/api/people', admin, {
      fullName: `Katılımcı ${i + 1}`,
      email,
      password: PASSWORD,
      roles: ['trainee'],
      language: i % 2 ? 'tr' : 'en',
    });
    await call('POST', `/api/sessions/${session.id}/enrolments`, admin, { personId: person.id });
    cookies.push(await signIn(server.base, email, PASSWORD));
  }
  return cookies;
}

/** Each trainee sends a request every `EVERY_MS`, their starts spread over the interval. */
async function paced(title, path, cookies) {
  const times = [];
  let failed = 0;
  const until = Date.now() + DURATION_MS;
  const user = async (cookie, offset) => {
    await new Promise((r) => setTimeout(r, offset));
    while (Date.now() < until) {
      const next = Date.now() + EVERY_MS;
      const started = performance.now();
      const response = await fetch(`${server.base}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) failed++;
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
  };
  await Promise.all(cookies.map((cookie, i) => user(cookie, (i * EVERY_MS) / cookies.length)));
  if (failed > 0) throw new Error(`${title}: ${failed} failed requests`);
  times.sort((a, b) => a - b);
  const pick = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  return {
    title,
    rps: Math.round(times.length / (DURATION_MS / 1000)),
    p50: pick(50).toFixed(1),
    p95: pick(95).toFixed(1),
    p99: pick(99).toFixed(1),
    p95Number: pick(95),
  };
}

try {
  await server.ready();
  const cookies = await seed();
  const sample = await call('GET', '/api/home', cookies[0]);
  const items = Object.values(sample.trainee).reduce((n, list) => n + list.length, 0);
  await paced('warm-up', '/api/home', cookies);
  const baseline = await paced(`GET /api/auth/me (${TRAINEES} trainees)`, '/api/auth/me', cookies);
  const home = await paced(`GET /api/home (${TRAINEES} trainees)`, '/api/home', cookies);
  const where = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL';
  console.log(
    `\n${TRAINEES} trainees, each sending a request every ${EVERY_MS / 1000} s, spread over time, ${where}; ` +
      `each home holds ${items} items (a meeting with check-in open, the next lesson, the tests)\n`,
  );
  printTable([baseline, home]);
  const ratio = (home.p95Number / baseline.p95Number).toFixed(2);
  const met = home.p95Number < 50 ? 'met' : 'NOT met';
  console.log(
    `\nhome p95 = ${ratio}× the p95 of GET /api/auth/me\ntarget: home p95 < 50 ms at ${TRAINEES} concurrent trainees: ${met} (${home.p95} ms)`,
  );
} finally {
  server.stop();
}
