// Load benchmark of the API's read paths against a running server on a real PostgreSQL.
// Prints requests/s and p50/p95/p99 latency per route, and the server's peak memory.
// Usage: npm run build && node bench/http.mjs   (DATABASE_URL optional; embedded otherwise)
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const server = spawn(process.execPath, ['tools/start-test-server.mjs'], {
  env: { ...process.env, PORT: String(PORT), EMBEDDED_PG_PORT: '54359' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not become healthy');
}

/** The API server is the grandchild (start script → node main.js); find it by its port's owner. */
function serverPid() {
  const out = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim();
  return Number(out.split(/\s+/)[0]);
}

function peakMemoryMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kib / 1024);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function run(title, path, headers = {}) {
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: DURATION, headers }, (error, result) => {
      if (error) return reject(error);
      if (result.non2xx > 0) return reject(new Error(`${title}: ${result.non2xx} non-2xx answers`));
      times.sort((a, b) => a - b);
      const ms = (p) => percentile(times, p).toFixed(1);
      resolve({ title, rps: Math.round(result.requests.average), p50: ms(50), p95: ms(95), p99: ms(99) });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

try {
  await waitForHealth();
  const signIn = await fetch(`${BASE}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@atolye.example', password: 'atolye-demo-2026' }),
  });
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  // Warm up connections, JIT and the database's caches.
  await run('warm-up', '/api/health');
  const results = [
    await run('GET /api/health (bare)', '/api/health'),
    await run('GET /api/auth/me (signed in)', '/api/auth/me', { cookie }),
    await run('GET /api/organisations?page=1 (signed in)', '/api/organisations?page=1&pageSize=20', { cookie }),
  ];
  const bare = results[0].rps;
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per route, ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL'}\n`);
  console.log('| route | req/s | p50 ms | p95 ms | p99 ms | of bare |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.title} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${Math.round((100 * r.rps) / bare)} % |`);
  }
  console.log(`\nserver peak memory (VmHWM): ${peakMemoryMiB(serverPid())} MiB`);
  const worst = Math.min(...results.slice(1).map((r) => r.rps / bare));
  console.log(`target: signed-in reads >= 40 % of bare: ${worst >= 0.4 ? 'met' : 'NOT met'} (${Math.round(worst * 100)} %)`);
} finally {
  server.kill('SIGTERM');
}
