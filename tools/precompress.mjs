// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the built portal, at
// the highest settings, so the server sends them as they are instead of compressing each request.
// A copy that would not be smaller is not written. Usage: node tools/precompress.mjs <folder>
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below this, headers outweigh what compression saves. */
const MIN_BYTES = 1024;
const TEXT = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.svg',
  '.txt',
  '.map',
  '.xml',
  '.webmanifest',
]);

const root = process.argv[2];
if (!root) {
  console.error('usage: node tools/precompress.mjs <folder>');
  process.exit(2);
}

function* walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

let plain = 0;
let brotli = 0;
let count = 0;
for (const path of [...walk(root)]) {
  if (path.endsWith('.br') || path.endsWith('.gz')) {
    // Copies left by an earlier build of the same folder are made again from the current files.
    unlinkSync(path);
    continue;
  }
  if (!TEXT.has(extname(path)) || statSync(path).size < MIN_BYTES) continue;
  const data = readFileSync(path);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  if (br.length < data.length) writeFileSync(`${path}.br`, br);
  if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
  plain += data.length;
  brotli += Math.min(br.length, data.length);
  count += 1;
}
console.log(
  `precompressed ${count} files in ${relative(process.cwd(), root) || root}: ` +
    `${(plain / 1024).toFixed(1)} kB → ${(brotli / 1024).toFixed(1)} kB brotli`,
);
