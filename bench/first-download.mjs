// What a first visit of the portal downloads before anything is shown: the files the built
// index.html pulls in (its script, the modules it preloads, its style sheets), raw and as sent
// with brotli and gzip (the build's .br and .gz copies). Prints the figures with their ratio to
// the previous build — the folder given with --baseline=DIR (measured now, in this run), or else
// the figures this script recorded last time in bench/.data/ — and fails above the budget.
//   node bench/first-download.mjs [--baseline=DIR] [DIR]     (DIR: dist/frontend/browser)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The first page's budget (issue 16): what index.html pulls in, in kB of 1000 bytes. */
export const BUDGET = { raw: 350, compressed: 100 };
const RECORD = 'bench/.data/first-download.json';

const args = process.argv.slice(2);
const baselineDir = args.find((a) => a.startsWith('--baseline='))?.slice('--baseline='.length);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist/frontend/browser';

/**
 * The files index.html makes the browser fetch at once: its script, modulepreloads and style
 * sheets, and every module those scripts import statically (the build preloads only some of
 * them). Dynamic `import()`s are the lazy parts and are not counted.
 */
function initialFiles(folder) {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const files = [];
  const add = (name) => {
    if (!files.includes(name)) files.push(name);
  };
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    const wanted = tag.startsWith('<script') || rel === 'modulepreload' || rel === 'stylesheet';
    if (src && wanted && !/^[a-z]+:|^\/\//i.test(src)) add(src.replace(/^\//, ''));
  }
  for (let i = 0; i < files.length; i++) {
    if (!files[i].endsWith('.js')) continue;
    const code = readFileSync(join(folder, files[i]), 'utf8');
    for (const [, name] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) add(name);
  }
  return files;
}

/** A file's size as sent with an encoding: the build's copy, or made now when there is none. */
function encodedSize(path, data, encoding) {
  const copy = `${path}.${encoding === 'br' ? 'br' : 'gz'}`;
  if (existsSync(copy)) return readFileSync(copy).length;
  const made =
    encoding === 'br'
      ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(data, { level: 9 });
  // The server sends the file as it is when no smaller copy exists.
  return Math.min(made.length, data.length);
}

function measure(folder) {
  const rows = initialFiles(folder).map((name) => {
    const path = join(folder, name);
    const data = readFileSync(path);
    return {
      name,
      raw: data.length,
      br: encodedSize(path, data, 'br'),
      gzip: encodedSize(path, data, 'gzip'),
    };
  });
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  return { rows, raw: sum('raw'), br: sum('br'), gzip: sum('gzip') };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (now, before) => (before ? `${(now / before).toFixed(2)}×` : '—');

const current = measure(dir);
let previous = null;
let previousLabel = 'previous build';
if (baselineDir) {
  previous = measure(baselineDir);
  previousLabel = baselineDir;
} else if (existsSync(RECORD)) {
  previous = JSON.parse(readFileSync(RECORD, 'utf8'));
  previousLabel = `previous build (${previous.at})`;
}

console.log(`First download of ${dir}: ${current.rows.length} files index.html pulls in`);
for (const row of current.rows) {
  console.log(
    `  ${row.name.padEnd(28)} ${kB(row.raw).padStart(10)} raw ${kB(row.br).padStart(10)} br ${kB(row.gzip).padStart(10)} gzip`,
  );
}
console.log(
  `\n${''.padEnd(12)}${'now'.padStart(12)}${'before'.padStart(12)}${'ratio'.padStart(9)}   (before: ${previous ? previousLabel : 'none recorded'})`,
);
for (const [label, key] of [
  ['raw', 'raw'],
  ['brotli', 'br'],
  ['gzip', 'gzip'],
]) {
  const before = previous?.[key];
  console.log(
    `${label.padEnd(12)}${kB(current[key]).padStart(12)}${(before ? kB(before) : '—').padStart(12)}${ratio(current[key], before).padStart(9)}`,
  );
}

if (!baselineDir) {
  mkdirSync('bench/.data', { recursive: true });
  const { raw, br, gzip } = current;
  writeFileSync(RECORD, JSON.stringify({ at: new Date().toISOString(), raw, br, gzip }, null, 2));
}

// Compressed means as sent: brotli, which every current browser takes (gzip is printed for the
// others).
const over = [];
if (current.raw > BUDGET.raw * 1000) over.push(`raw ${kB(current.raw)} > ${BUDGET.raw} kB`);
if (current.br > BUDGET.compressed * 1000) over.push(`brotli ${kB(current.br)} > ${BUDGET.compressed} kB`);
console.log(
  over.length
    ? `\nOVER BUDGET: ${over.join('; ')}`
    : `\nwithin budget (≤ ${BUDGET.raw} kB raw, ≤ ${BUDGET.compressed} kB compressed)`,
);
process.exitCode = over.length ? 1 : 0;
