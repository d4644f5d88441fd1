#!/usr/bin/env node
// Checks the portal's translations: every key present in both English and Turkish, no empty
// texts, every literal key the code uses present in the English file, and every API error code
// (ERROR_CODES in libs/shared) translated as errors.code.<code>. Exits 1 on a problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const i18nDir = join(root, 'frontend/public/i18n');
const sourceDir = join(root, 'frontend/src');
const LANGUAGES = ['en', 'tr'];

/** Flattens nested translation objects to dotted keys. */
function flatten(object, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

function load(language) {
  const file = join(i18nDir, `${language}.json`);
  try {
    return flatten(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    problems.push(`${relative(root, file)}: cannot be read as JSON (${error.message})`);
    return new Map();
  }
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|html)$/.test(name)) yield path;
  }
}

/** Literal keys in the code: `'a.b' | translate`, `instant('a.b')`, `title: 'a.b'`, `label: 'a.b'`, key-valued inputs. */
const KEY_PATTERNS = [
  /'([a-zA-Z]\w*(?:\.\w+)+)'\s*\|\s*translate/g,
  /instant\(\s*'([a-zA-Z]\w*(?:\.\w+)+)'/g,
  /\b(?:title|label|messageKey|hint):\s*'([a-zA-Z]\w*(?:\.\w+)+)'/g,
  /\b(?:label|hint)="([a-zA-Z]\w*(?:\.\w+)+)"/g,
  /\?\s*'([a-zA-Z]\w*(?:\.\w+)+)'\s*:\s*'([a-zA-Z]\w*(?:\.\w+)+)'/g,
];

const problems = [];
const tables = Object.fromEntries(LANGUAGES.map((language) => [language, load(language)]));

for (const language of LANGUAGES) {
  for (const [key, value] of tables[language]) {
    if (typeof value !== 'string') problems.push(`${language}.json: "${key}" is not a text`);
    else if (value.trim() === '') problems.push(`${language}.json: "${key}" is empty`);
    for (const other of LANGUAGES) {
      if (other !== language && !tables[other].has(key)) {
        problems.push(`${other}.json: "${key}" is missing (present in ${language}.json)`);
      }
    }
  }
}

for (const file of sourceFiles(sourceDir)) {
  const text = readFileSync(file, 'utf8');
  for (const pattern of KEY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      for (const key of match.slice(1).filter(Boolean)) {
        if (/^(?:\.|\/)/.test(key) || /\.(?:html|scss|ts|json)$/.test(key)) continue;
        if (!tables.en.has(key)) problems.push(`${relative(root, file)}: uses "${key}", which en.json lacks`);
      }
    }
  }
}

// The API's error codes, read from their lists in the shared contracts.
const errorsFile = join(root, 'libs/shared/src/lib/errors.ts');
const codeLists = [...readFileSync(errorsFile, 'utf8').matchAll(/ERROR_CODES = \[([^\]]*)\]/g)];
const codes = codeLists.flatMap((list) => [...list[1].matchAll(/'([\w.]+)'/g)].map((match) => match[1]));
if (!codes.length) problems.push(`${relative(root, errorsFile)}: no ERROR_CODES list found`);
for (const code of codes) {
  if (!tables.en.has(`errors.code.${code}`))
    problems.push(`en.json: "errors.code.${code}" is missing (an API error code)`);
}

// Code lists the portal shows through keys built at run time (`'thematicAreas.' + code`): every
// value of each list needs its text in both languages.
const VOCABULARIES = [
  ['libs/shared/src/lib/roles.ts', 'ROLES', 'roles'],
  ['libs/shared/src/lib/organisations.contracts.ts', 'ORGANISATION_TYPES', 'organisationTypes'],
  ['libs/shared/src/lib/organisation-vocabularies.ts', 'LEGAL_FORMS', 'legalForms'],
  ['libs/shared/src/lib/organisation-vocabularies.ts', 'THEMATIC_AREAS', 'thematicAreas'],
  ['libs/shared/src/lib/organisation-vocabularies.ts', 'TARGET_GROUPS', 'targetGroups'],
];
let vocabularyValues = 0;
for (const [file, list, prefix] of VOCABULARIES) {
  const found = readFileSync(join(root, file), 'utf8').match(new RegExp(`const ${list} = \\[([^\\]]*)\\]`));
  if (!found) {
    problems.push(`${file}: no ${list} list found`);
    continue;
  }
  for (const [, value] of found[1].matchAll(/'([\w.-]+)'/g)) {
    vocabularyValues++;
    for (const language of LANGUAGES) {
      if (!tables[language].has(`${prefix}.${value}`))
        problems.push(`${language}.json: "${prefix}.${value}" is missing (a value of ${list})`);
    }
  }
}

const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`i18n: ${unique.length} problem(s)\n${unique.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `i18n: ${tables.en.size} keys, complete in ${LANGUAGES.join(' and ')}, ${codes.length} API error codes and ${vocabularyValues} code-list values translated`,
);
