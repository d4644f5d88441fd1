#!/usr/bin/env node
// Rebuilds frontend/public/maps/turkey-provinces.json, the outlines of Turkey's 81 provinces that
// the organisation map draws, from the MIT-licensed path data of the turkey-map-react npm package
// (© 2020 Erdi Gökçe; its licence is in frontend/public/maps/LICENSE-turkey-map-react.txt). Only
// the data is used, not the React component:
//
//   npm pack turkey-map-react@2.0.5 && tar xzf turkey-map-react-2.0.5.tgz
//   node tools/turkey-map-data.mjs package/lib/data/index.js
//
// Coordinates are rounded to one decimal (the drawing is 1050 units wide), which halves the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) {
  console.error('usage: node tools/turkey-map-data.mjs <turkey-map-react>/lib/data/index.js');
  process.exit(1);
}
const module = { cities: [] };
new Function('exports', readFileSync(source, 'utf8').replace('export var cities', 'exports.cities'))(module);
if (module.cities.length !== 81) throw new Error(`expected 81 provinces, found ${module.cities.length}`);

const round = (path) => path.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
const provinces = module.cities
  .sort((a, b) => a.plateNumber - b.plateNumber)
  .map((city) => ({ code: `TR-${String(city.plateNumber).padStart(2, '0')}`, path: round(city.path) }));
const target = fileURLToPath(new URL('../frontend/public/maps/turkey-provinces.json', import.meta.url));
writeFileSync(
  target,
  `${JSON.stringify({ source: 'turkey-map-react 2.0.5 (MIT)', viewBox: '0 80 1050 585', provinces }, null, 2)}\n`,
);
console.log(`${provinces.length} provinces written to ${target}`);
