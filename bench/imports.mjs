// Bulk enrolment import: rows per second for a file of 1,000 rows and one of 20,000 (new
// accounts, the costly case), in the same run on the same server. Their ratio says whether an
// import stays linear (≈ 1) or slows down as it grows (the report used to be rewritten per row).
// Usage: npm run build && node bench/imports.mjs   (BENCH_IMPORT_SIZES=1000,20000 to change)
import { signIn, startServer } from './lib.mjs';

const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '1000,20000').split(',').map(Number);
const server = startServer(Number(process.env.BENCH_PORT ?? 3304), 54398);
const json = async (response) => {
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
  return response.json();
};

try {
  await server.ready();
  const base = server.base;
  const cookie = await signIn(base, 'coordinator@atolye.example');
  // Every state-changing request names the portal as its origin, as the browser does.
  const headers = { cookie, 'content-type': 'application/json', origin: base };
  const trainings = await json(await fetch(`${base}/api/trainings?status=published`, { headers }));
  const trainingId = trainings.items[0].id;
  const now = Date.now();
  const results = [];
  for (const size of SIZES) {
    const session = await json(
      await fetch(`${base}/api/sessions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          trainingId,
          title: `Import bench ${size}`,
          format: 'course',
          mode: 'online',
          language: 'tr',
          meetingLink: 'https://meet.example.org/import-bench',
          city: 'Online',
          country: 'TR',
          // The most a session takes; past it, rows go to the waiting list, which costs a row the same.
          capacity: Math.min(size, 2000),
          enrolmentOpensAt: new Date(now - 86400000).toISOString(),
          enrolmentClosesAt: new Date(now + 86400000).toISOString(),
          enrolmentPolicy: 'automatic',
          trainerIds: [],
          meetings: [
            {
              startsAt: new Date(now + 2 * 86400000).toISOString(),
              endsAt: new Date(now + 2 * 86400000 + 3600000).toISOString(),
              topic: 'Bench',
            },
          ],
        }),
      }),
    );
    // Short lines, so that 20,000 rows fit in the 1 MB an import takes.
    const tag = `${size}${now.toString(36)}`;
    const lines = Array.from({ length: size }, (_, i) => `${i}.${tag}@b.example,Kişi ${i}`);
    const contentBase64 = Buffer.from(['email,full_name', ...lines].join('\n')).toString('base64');
    const began = performance.now();
    let job = await json(
      await fetch(`${base}/api/sessions/${session.id}/imports`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ fileName: `bench-${size}.csv`, contentBase64 }),
      }),
    );
    while (job.status === 'running') {
      await new Promise((r) => setTimeout(r, 1000));
      job = await json(await fetch(`${base}/api/imports/${job.id}`, { headers }));
    }
    const seconds = (performance.now() - began) / 1000;
    if (job.status !== 'finished' || job.processed !== size) throw new Error(`import ${size}: ${job.status}`);
    results.push({ size, seconds, rate: size / seconds });
    console.log(`${size} rows: ${seconds.toFixed(1)} s, ${(size / seconds).toFixed(1)} rows/s`);
  }
  const [small, large] = [results[0], results[results.length - 1]];
  console.log(
    `rows/s at ${large.size} ÷ rows/s at ${small.size}: ${(large.rate / small.rate).toFixed(2)} (linear ≈ 1; the per-row report rewrite made it fall towards 0.1)`,
  );
} finally {
  server.stop();
}
