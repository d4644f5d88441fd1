// Shared pieces of the benchmarks: start the built server on a fresh database, sign in, and
// measure a route with autocannon, computing percentiles from every response time.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** `entry`: another build's `main.js` (by default the one `npm run build` made). */
export function startServer(port, embeddedPort, entry, extraEnv = {}) {
  const server = spawn(process.execPath, ['tools/start-test-server.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(embeddedPort),
      ...(entry ? { SERVER_ENTRY: entry } : {}),
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    process: server,
    async ready() {
      for (let i = 0; i < 240; i++) {
        try {
          if ((await fetch(`${base}/api/health`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error('server did not become healthy');
    },
    /** The API process (the start script's child). */
    apiPid() {
      return Number(
        readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/)[0],
      );
    },
    /** Resident memory of the API process now (VmRSS), in MiB. */
    memoryMiB() {
      const status = readFileSync(`/proc/${this.apiPid()}/status`, 'utf8');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    /** Peak resident memory of the API process (VmHWM) since it started or since `resetPeakMemory`. */
    peakMemoryMiB() {
      const status = readFileSync(`/proc/${this.apiPid()}/status`, 'utf8');
      return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    /** Starts the peak over from the memory resident now (Linux: clear_refs 5). */
    resetPeakMemory() {
      writeFileSync(`/proc/${this.apiPid()}/clear_refs`, '5');
    },
    stop() {
      server.kill('SIGTERM');
    },
  };
}

export async function signIn(base, email, password = 'atolye-demo-2026') {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function measure(title, url, { connections = 20, duration = 10, headers = {}, overallRate } = {}) {
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration, headers, ...(overallRate ? { overallRate } : {}) },
      (error, result) => {
        if (error) return reject(error);
        if (result.non2xx > 0) return reject(new Error(`${title}: ${result.non2xx} non-2xx answers`));
        if (times.length === 0) return reject(new Error(`${title}: no response within the run`));
        times.sort((a, b) => a - b);
        const ms = (p) => percentile(times, p).toFixed(1);
        resolve({
          title,
          rps: Math.round(result.requests.average),
          p50: ms(50),
          p95: ms(95),
          p99: ms(99),
          p95Number: percentile(times, 95),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

export function printTable(results, extraColumn) {
  console.log(`| route | req/s | p50 ms | p95 ms | p99 ms |${extraColumn ? ` ${extraColumn.title} |` : ''}`);
  console.log(`|---|---:|---:|---:|---:|${extraColumn ? '---:|' : ''}`);
  for (const r of results) {
    console.log(
      `| ${r.title} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |${extraColumn ? ` ${extraColumn.value(r)} |` : ''}`,
    );
  }
}

/**
 * An open-loop load of `users` people, each sending one request every `everyMs`, their starts
 * spread over the first interval so they do not arrive in step. Latency is then the server's own
 * time under that load, not queueing behind a flood.
 */
export async function measureUsers(
  title,
  url,
  { users = 50, everyMs = 500, durationMs = 10000, headers = {} } = {},
) {
  const times = [];
  let failed = 0;
  const until = Date.now() + durationMs;
  const user = async (offset) => {
    await new Promise((r) => setTimeout(r, offset));
    while (Date.now() < until) {
      const next = Date.now() + everyMs;
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (!response.ok) failed++;
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
  };
  await Promise.all(Array.from({ length: users }, (_, i) => user((i * everyMs) / users)));
  if (failed > 0) throw new Error(`${title}: ${failed} failed requests`);
  times.sort((a, b) => a - b);
  const ms = (p) => percentile(times, p).toFixed(1);
  return {
    title,
    rps: Math.round(times.length / (durationMs / 1000)),
    p50: ms(50),
    p95: ms(95),
    p99: ms(99),
    p95Number: percentile(times, 95),
  };
}
