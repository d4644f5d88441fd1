// Load benchmark of the API's read paths against the built server on a real PostgreSQL:
// requests/s and p50/p95/p99 latency per route against a bare route that touches no database,
// and the server's memory: resident after start-up, and its peak under the load (VmHWM).
// Usage: npm run build && node bench/http.mjs   (DATABASE_URL optional; embedded otherwise)
import { measure, printTable, signIn, startServer } from './lib.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const server = startServer(Number(process.env.BENCH_PORT ?? 3300), 54359);

try {
  await server.ready();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const idle = { resident: server.memoryMiB(), startPeak: server.peakMemoryMiB() };
  server.resetPeakMemory();
  const cookie = await signIn(server.base, 'admin@atolye.example');
  const options = { connections: CONNECTIONS, duration: DURATION };
  await measure('warm-up', `${server.base}/api/health`, options);
  const results = [
    await measure('GET /api/health/live (bare, no database)', `${server.base}/api/health/live`, options),
    await measure('GET /api/health (one SELECT 1)', `${server.base}/api/health`, options),
    await measure('GET /api/auth/me (signed in)', `${server.base}/api/auth/me`, {
      ...options,
      headers: { cookie },
    }),
    await measure(
      'GET /api/organisations?page=1 (signed in)',
      `${server.base}/api/organisations?page=1&pageSize=20`,
      { ...options, headers: { cookie } },
    ),
  ];
  const bare = results[0].rps;
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s per route, ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL'}\n`,
  );
  printTable(results, { title: 'of bare', value: (r) => `${Math.round((100 * r.rps) / bare)} %` });
  console.log(
    `\nserver memory (VmRSS/VmHWM): resident after start ${idle.resident} MiB (start-up peak ${idle.startPeak} MiB), ` +
      `peak under the load above ${server.peakMemoryMiB()} MiB (${(server.peakMemoryMiB() / idle.resident).toFixed(2)}× resident after start)`,
  );
  const worst = Math.min(...results.slice(2).map((r) => r.rps / bare));
  console.log(
    `target: signed-in reads >= 40 % of bare: ${worst >= 0.4 ? 'met' : 'NOT met'} (${Math.round(worst * 100)} %)`,
  );
} finally {
  server.stop();
}
