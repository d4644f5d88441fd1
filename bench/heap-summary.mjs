// What a V8 heap snapshot holds: self size by kind of object, and the largest groups of strings
// (by their first 60 characters). Take a snapshot of the running API with
//   NODE_OPTIONS='--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=/tmp' node dist/backend/backend/src/main.js
//   kill -USR2 <pid>
// then: node --max-old-space-size=2000 bench/heap-summary.mjs /tmp/Heap.*.heapsnapshot [rows]
import { readFileSync } from 'node:fs';

const [file, rows = '25'] = process.argv.slice(2);
const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);
const GROUPED = { code: '(compiled code)', array: '(internal arrays)', hidden: '(hidden)' };

const byKind = new Map();
const strings = new Map();
let total = 0;
const add = (map, key, size) => {
  const entry = map.get(key) ?? { size: 0, count: 0 };
  entry.size += size;
  entry.count += 1;
  map.set(key, entry);
};
for (let i = 0; i < snapshot.nodes.length; i += width) {
  const type = nodeTypes[0][snapshot.nodes[i + typeAt]];
  const name = snapshot.strings[snapshot.nodes[i + nameAt]];
  const size = snapshot.nodes[i + sizeAt];
  total += size;
  if (STRING_TYPES.has(type)) {
    add(byKind, '(strings)', size);
    if (type === 'string') add(strings, name.slice(0, 60).replace(/\s+/g, ' '), size);
  } else add(byKind, GROUPED[type] ?? `${type}: ${name.slice(0, 60)}`, size);
}
const mib = (bytes) => (bytes / 1048576).toFixed(2).padStart(7);
const print = (title, map) => {
  console.log(`\n| ${title} | MiB | count |\n|---|---:|---:|`);
  for (const [key, { size, count }] of [...map].sort((a, b) => b[1].size - a[1].size).slice(0, Number(rows)))
    console.log(`| ${key.replaceAll('|', '\\|')} | ${mib(size)} | ${count} |`);
};
console.log(`live heap (self sizes): ${mib(total).trim()} MiB`);
print('kind', byKind);
print('strings, by their start', strings);
