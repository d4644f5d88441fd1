// Seconds to check and publish the repository's content into an empty database.
// Target: under 3 s. Usage: npm run build && DATABASE_URL=postgres://… node bench/publish.mjs
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const dist = '../dist/backend/backend/src';
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require(`${dist}/database/data-source-options.js`);
const { MIGRATIONS } = require(`${dist}/migrations.js`);
const { loadContent } = require(`${dist}/content/content-loader.js`);
const { ContentPublisher } = require(`${dist}/content/content-publisher.service.js`);
const { startEmbeddedPostgres } = require(`${dist}/database/embedded-postgres.js`);

const name = `atolye_bench_publish_${Date.now()}`;
let url;
let cleanup = async () => undefined;
if (process.env.DATABASE_URL) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(process.env.DATABASE_URL);
  u.pathname = `/${name}`;
  url = u.toString();
  cleanup = async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
} else {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/atolye-bench-');
  const embedded = await startEmbeddedPostgres(dir, 54379);
  url = embedded.url;
  cleanup = async () => {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

const db = await new DataSource(dataSourceOptions(url, [], MIGRATIONS)).initialize();
try {
  await db.runMigrations();
  const started = performance.now();
  const { modules, problems } = loadContent('content', '.');
  const checked = performance.now();
  const report = await new ContentPublisher(db).publish(modules);
  const published = performance.now();
  const again = await new ContentPublisher(db).publish(loadContent('content', '.').modules);
  const republished = performance.now();
  const lessons = modules.reduce((n, m) => n + m.lessons.length, 0);
  console.log(`modules: ${modules.length}, lessons: ${lessons}, problems: ${problems.length}`);
  console.log(`check (read, validate, render): ${((checked - started) / 1000).toFixed(2)} s`);
  console.log(
    `publish into PostgreSQL: ${((published - checked) / 1000).toFixed(2)} s (${report.published.length} published)`,
  );
  console.log(
    `total: ${((published - started) / 1000).toFixed(2)} s — target < 3 s: ${published - started < 3000 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `publish again (idempotent, ${again.unchanged.length} unchanged): ${((republished - published) / 1000).toFixed(2)} s`,
  );
} finally {
  await db.destroy();
  await cleanup();
}
