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

export function apiNodeFlags(env = process.env) {
  if (env.API_NODE_FLAGS === undefined) return API_NODE_FLAGS;
  if (env.API_NODE_FLAGS === 'none') return [];
  return env.API_NODE_FLAGS.split(' ').filter(Boolean);
}
