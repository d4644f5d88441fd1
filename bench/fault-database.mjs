// The database goes away under a running API: frozen (every PostgreSQL process stopped with
// SIGSTOP, so connections hang), then killed (SIGKILL; the embedded server is started again by
// the API). Checks that requests get 503 with Retry-After within the timeouts — never 500,
// never a hang — that /api/health says so with or without a session cookie, and that the API
// recovers on its own. Uses an embedded PostgreSQL of its own, never a shared server.
// Usage: npm run build && node bench/fault-database.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, check, postmasterPid, processTree, signIn, sleep, startApi, summary } from './fault-lib.mjs';

const CONNECT_SECONDS = 2;
const STATEMENT_SECONDS = 3;
const dataDir = mkdtempSync(join(tmpdir(), 'atolye-fault-db-'));
const api = startApi({
  port: Number(process.env.BENCH_PORT ?? 3311),
  dataDir,
  pgPort: 54396,
  env: {
    DATABASE_CONNECT_TIMEOUT_SECONDS: String(CONNECT_SECONDS),
    DATABASE_STATEMENT_TIMEOUT_SECONDS: String(STATEMENT_SECONDS),
  },
});

/** Calls a mix of routes for `seconds`, a few at a time, and tallies the answers. */
async function probe(base, cookie, seconds) {
  const requests = [
    ['GET', '/api/health', {}],
    ['GET', '/api/health', { cookie }],
    ['GET', '/api/organisations', { cookie }],
    ['GET', '/api/auth/me', { cookie }],
    ['POST', '/api/auth/sign-in', { body: { email: 'nobody@atolye.example', password: 'not-the-password' } }],
  ];
  const tally = { answers: 0, status: {}, withoutRetryAfter: 0, slowest: 0 };
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    requests.map(async ([method, path, options]) => {
      while (Date.now() < until) {
        const response = await call(base, method, path, options);
        tally.answers++;
        tally.status[response.status] = (tally.status[response.status] ?? 0) + 1;
        if (response.status === 503 && !response.headers.get('retry-after')) tally.withoutRetryAfter++;
        tally.slowest = Math.max(tally.slowest, response.ms);
      }
    }),
  );
  return tally;
}

async function recovery(base, cookie) {
  const started = Date.now();
  for (let i = 0; i < 240; i++) {
    const [health, list] = await Promise.all([
      call(base, 'GET', '/api/health', { cookie }),
      call(base, 'GET', '/api/organisations', { cookie }),
    ]);
    if (health.status === 200 && list.status === 200) return (Date.now() - started) / 1000;
    await sleep(250);
  }
  return null;
}

const signals = (pids, signal) => pids.forEach((pid) => process.kill(pid, signal));

try {
  await api.ready();
  const cookie = await signIn(api.base, 'coordinator@atolye.example');
  check(
    'the API answers before the outage',
    (await call(api.base, 'GET', '/api/organisations', { cookie })).status === 200,
  );

  // 1. Frozen: the server and its backends stop answering but keep their connections open.
  const frozen = processTree(postmasterPid(dataDir));
  signals(frozen, 'SIGSTOP');
  const hung = await probe(api.base, cookie, 12);
  signals(frozen, 'SIGCONT');
  console.log(
    `frozen for 12 s: ${hung.answers} answers ${JSON.stringify(hung.status)}, slowest ${(hung.slowest / 1000).toFixed(1)} s`,
  );
  check(
    'while frozen: nothing but 503',
    Object.keys(hung.status).every((s) => s === '503'),
  );
  check('while frozen: every 503 says Retry-After', hung.withoutRetryAfter === 0);
  const limit = CONNECT_SECONDS + STATEMENT_SECONDS + 3;
  check(`while frozen: every answer within ${limit} s`, hung.slowest < limit * 1000);
  const thawed = await recovery(api.base, cookie);
  check('after the freeze: answers again', thawed !== null, `${thawed} s`);

  // 2. Killed: the API starts its embedded PostgreSQL again; meanwhile 503.
  const killedPid = postmasterPid(dataDir);
  process.kill(killedPid, 'SIGKILL');
  const down = await probe(api.base, cookie, 3);
  console.log(`killed: ${down.answers} answers in 3 s ${JSON.stringify(down.status)}`);
  check(
    'while restarting: no 500',
    Object.keys(down.status).every((s) => ['200', '401', '503'].includes(s)),
  );
  check('while restarting: every 503 says Retry-After', down.withoutRetryAfter === 0);
  const restarted = await recovery(api.base, cookie);
  check(
    'after the kill: the embedded PostgreSQL runs again and the API answers',
    restarted !== null,
    `${restarted} s`,
  );
  check('after the kill: a new server process', postmasterPid(dataDir) !== killedPid);
  check('the API itself never stopped', api.child.exitCode === null);
} finally {
  await api.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  summary();
}
