// The V8 heap settings the API runs with: `npm start`, the container (docker/Dockerfile), the
// e2e server and the benchmarks. backend/src/lifecycle/api-node-flags.spec.ts checks that
// package.json's start script and the Dockerfile carry the same ones.
// A 4 MiB young generation and an old generation capped at 256 MiB keep the process near 200 MiB
// under the 50-connection lesson benchmark instead of 300–460 MiB: without a cap V8 sizes its
// heap to the allocation rate, not to what is live (about 64 MiB). The largest jobs — a
// 20,000-row import, the dashboard export over 50,000 enrolments, 1,000 certificates through the
// queue — run under them (bench/README.md). API_NODE_FLAGS replaces them for one run ("none":
// Node's own defaults), for benchmarks that compare.
export const API_NODE_FLAGS = ['--max-semi-space-size=4', '--max-old-space-size=256'];

// Two settings of glibc's allocator (bench/README.md, "The allocator's thresholds"):
// - MALLOC_ARENA_MAX: glibc gives each thread that allocates at once an arena of its own (up to
//   8 per core); two keep resident memory about 11 MiB lower after start and under load.
// - MALLOC_TRIM_THRESHOLD_: glibc's own default (128 KiB), set so that it stays put. Left alone,
//   glibc raises its mmap threshold each time a large block is freed (up to 32 MiB) and the trim
//   threshold to twice that, so freed memory stays in the process: about 36 MiB of it after start
//   and under the 50-connection lesson load (peak 204 → 167 MiB in the same runs).
// Environment variables, so they are set where the process is started: here for tests and
// benchmarks, and in docker/Dockerfile. A variable already set wins; API_NODE_ENV=none leaves
// glibc's own behaviour, for benchmarks that compare.
export const API_NODE_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072' };

/** The environment to start the API with: the given one, with API_NODE_ENV where it sets nothing. */
export function apiNodeEnv(env = process.env) {
  if (env.API_NODE_ENV === 'none') return env;
  return { ...API_NODE_ENV, ...env };
}

export function apiNodeFlags(env = process.env) {
  if (env.API_NODE_FLAGS === undefined) return API_NODE_FLAGS;
  if (env.API_NODE_FLAGS === 'none') return [];
  return env.API_NODE_FLAGS.split(' ').filter(Boolean);
}
