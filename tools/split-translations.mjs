// Splits the built portal's translation files: the keys of areas that only their own pages use go
// to a file of their own per language (`en.logframe.json`), fetched when such a page opens
// (frontend/src/app/core/translation-areas.ts); the rest stays in `en.json`, which every first
// visit fetches. Both are written without indentation. The source files in frontend/public/i18n
// stay whole, so the dev server and the i18n check read them as they are.
// Usage: node tools/split-translations.mjs dist/frontend/browser
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level keys loaded with their pages; keep in step with `translationArea(...)` on the routes. */
export const TRANSLATION_AREAS = ['logframe', 'coaching', 'gift'];

const dir = join(process.argv[2] ?? 'dist/frontend/browser', 'i18n');
for (const file of readdirSync(dir).filter((name) => /^[a-z]{2}\.json$/.test(name))) {
  const path = join(dir, file);
  const all = JSON.parse(readFileSync(path, 'utf8'));
  for (const area of TRANSLATION_AREAS) {
    if (!(area in all)) throw new Error(`${file}: no "${area}" keys to split off`);
    writeFileSync(join(dir, file.replace('.json', `.${area}.json`)), JSON.stringify({ [area]: all[area] }));
    delete all[area];
  }
  writeFileSync(path, JSON.stringify(all));
}
