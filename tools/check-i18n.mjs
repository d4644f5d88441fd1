#!/usr/bin/env node
// Checks the portal's translations: every key present in both English and Turkish, no empty
// texts, every literal key the code uses present in the English file, every API error code
// (ERROR_CODES in libs/shared) translated as errors.code.<code>, and every key built at run time
// (`'audit.actions.' + action`) translated for each value its list in libs/shared declares.
// A run-time prefix with no declared list is itself a problem. Exits 1 on a problem.
// I18N_DIR points the check at other translation files (its own test uses a damaged copy).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';

const root = fileURLToPath(new URL('..', import.meta.url));
const i18nDir = process.env.I18N_DIR ?? join(root, 'frontend/public/i18n');
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
  /'([a-zA-Z]\w*(?:\.\w+)+)'\s*\|\s*plural/g,
  /instant\(\s*'([a-zA-Z]\w*(?:\.\w+)+)'/g,
  /\b(?:title|label|messageKey|hint):\s*'([a-zA-Z]\w*(?:\.\w+)+)'/g,
  /\b(?:label|labelEn|labelTr|hint|emptyText|heading|legend|addLabel|removeLabel)="([a-zA-Z]\w*(?:\.\w+)+)"/g,
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

// The menu's labels live in the shared library, beside the paths the API's mails link to.
const sharedFilesWithKeys = [join(root, 'libs/shared/src/lib/navigation.ts')];
for (const file of [...sourceFiles(sourceDir), ...sharedFilesWithKeys]) {
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

// Plural texts are ICU messages (`{count, plural, one {…} other {…}}`): each must parse, have its
// `other` form, and be shown through the `plural` pipe, which alone fills them in.
const ICU_PLURAL = /\{\s*\w+\s*,\s*plural\s*,/;
const pluralKeys = new Set();
for (const language of LANGUAGES) {
  for (const [key, value] of tables[language]) {
    if (typeof value !== 'string' || !ICU_PLURAL.test(value)) continue;
    pluralKeys.add(key);
    if (value.includes('{{')) problems.push(`${language}.json: "${key}" mixes {{ }} into an ICU message`);
    if (!/\bother\s*\{/.test(value)) problems.push(`${language}.json: "${key}" has no "other" form`);
    try {
      new IntlMessageFormat(value, language);
    } catch (error) {
      problems.push(`${language}.json: "${key}" is not a valid ICU message (${error.message})`);
    }
  }
}
for (const file of sourceFiles(sourceDir)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/'([a-zA-Z]\w*(?:\.\w+)+)'\s*\|\s*translate/g)) {
    if (pluralKeys.has(match[1]))
      problems.push(
        `${relative(root, file)}: shows "${match[1]}" through translate; a plural needs the plural pipe`,
      );
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
// value of each list needs its text in both languages under each of its prefixes (`a.b` stands
// for `a.b.*`; a `*` inside stands for the value: `home.guidance.*.title`).
const VOCABULARIES = [
  [
    'libs/shared/src/lib/roles.ts',
    'ROLES',
    ['roles', 'roleHints', 'home.guidance.*.title', 'home.guidance.*.text'],
  ],
  ['libs/shared/src/lib/organisations.contracts.ts', 'ORGANISATION_TYPES', ['organisationTypes']],
  ['libs/shared/src/lib/organisation-vocabularies.ts', 'LEGAL_FORMS', ['legalForms']],
  ['libs/shared/src/lib/organisation-vocabularies.ts', 'THEMATIC_AREAS', ['thematicAreas']],
  ['libs/shared/src/lib/organisation-vocabularies.ts', 'TARGET_GROUPS', ['targetGroups']],
  ['libs/shared/src/lib/audit.contracts.ts', 'AUDIT_ACTIONS', ['audit.actions']],
  ['libs/shared/src/lib/languages.ts', 'LANGUAGES', ['languages']],
  ['libs/shared/src/lib/languages.ts', 'GENDERS', ['genders']],
  ['libs/shared/src/lib/mail.contracts.ts', 'MAIL_KINDS', ['mail.kinds']],
  ['libs/shared/src/lib/mail.contracts.ts', 'MAIL_STATUSES', ['mail.statuses']],
  ['libs/shared/src/lib/sessions.contracts.ts', 'SESSION_FORMATS', ['sessionFormats']],
  ['libs/shared/src/lib/sessions.contracts.ts', 'SESSION_MODES', ['sessionModes']],
  ['libs/shared/src/lib/sessions.contracts.ts', 'ENROLMENT_POLICIES', ['enrolmentPolicies']],
  ['libs/shared/src/lib/trainings.contracts.ts', 'TRAINING_STATUSES', ['trainingStatus']],
  ['libs/shared/src/lib/enrolments.contracts.ts', 'ENROLMENT_STATUSES', ['enrolmentStatus']],
  ['libs/shared/src/lib/enrolments.contracts.ts', 'IMPORT_OUTCOMES', ['import.outcomes']],
  ['libs/shared/src/lib/enrolments.contracts.ts', 'IMPORT_ROW_REASONS', ['import.reasons']],
  [
    'libs/shared/src/lib/attendance.contracts.ts',
    'ATTENDANCE_STATUSES',
    ['attendance.statuses', 'attendance.short'],
  ],
  [
    'libs/shared/src/lib/evaluations.contracts.ts',
    'EVALUATION_CRITERIA',
    ['evaluation.criteria', 'evaluation.criteriaShort'],
  ],
  ['libs/shared/src/lib/gift.contracts.ts', 'GIFT_PROBLEM_CODES', ['gift.problem']],
  ['libs/shared/src/lib/assessments.contracts.ts', 'QUESTION_TYPES', ['gift.types']],
  ['libs/shared/src/lib/reports.contracts.ts', 'MEASURES', ['reports.measures']],
  ['libs/shared/src/lib/reports.contracts.ts', 'BREAKDOWNS', ['reports.breakdown.byOptions']],
  ['libs/shared/src/lib/certificates.contracts.ts', 'CERTIFICATE_WORDINGS', ['certificateTemplate.wordings']],
  ['libs/shared/src/lib/programme-events.contracts.ts', 'PROGRAMME_EVENT_KINDS', ['programmeEvents.kinds']],
  ['libs/shared/src/lib/trainers.contracts.ts', 'TRAINER_ROSTER_SORTS', ['trainers.sorts']],
  ['libs/shared/src/lib/coaching.contracts.ts', 'COACHING_TRACK_STATUSES', ['coaching.statuses']],
  ['libs/shared/src/lib/coaching.contracts.ts', 'MENTOR_KINDS', ['coaching.mentorKinds']],
  ['libs/shared/src/lib/coaching.contracts.ts', 'MEETING_MODES', ['coaching.modes']],
  ['libs/shared/src/lib/logframe.contracts.ts', 'LOGFRAME_LEVELS', ['coaching.levels', 'coaching.draft.add']],
  ['libs/shared/src/lib/coaching.contracts.ts', 'DRAFT_STATUSES', ['coaching.draftStatuses']],
  ['libs/shared/src/lib/notifications.contracts.ts', 'OPTIONAL_MAIL_KINDS', ['notifications.preferences']],
  ['libs/shared/src/lib/notifications.contracts.ts', 'NOTICE_KINDS', ['notifications.kinds']],
  ['libs/shared/src/lib/logframe.contracts.ts', 'LOGFRAME_LEVELS', ['logframe.levels', 'logframe.add']],
  ['libs/shared/src/lib/logframe.contracts.ts', 'LOGFRAME_UNITS', ['logframe.units', 'logframe.amounts']],
  ['libs/shared/src/lib/logframe.contracts.ts', 'LOGFRAME_DISAGGREGATIONS', ['logframe.disaggregations']],
  ['libs/shared/src/lib/logframe.contracts.ts', 'AGE_BANDS', ['logframe.ageBands']],
  ['libs/shared/src/lib/capacity.contracts.ts', 'CAPACITY_DOMAINS', ['capacity.domains']],
  [
    'libs/shared/src/lib/capacity.contracts.ts',
    'CAPACITY_ROUNDS',
    ['capacity.rounds', 'capacity.roundHints'],
  ],
  [
    'libs/shared/src/lib/credentials.contracts.ts',
    'CREDENTIAL_CHECK_OUTCOMES',
    ['verify.credential.outcomes.*.title', 'verify.credential.outcomes.*.text'],
  ],
];

/**
 * Run-time prefixes whose values come from somewhere no list in libs/shared declares yet; each
 * names where its values are written. Any other run-time prefix without a list fails the check.
 */
const UNLISTED_PREFIXES = new Map([
  ['audit.fields', 'field names of recorded changes; audit-changes.ts falls back to the raw name'],
  ['topics', 'topic slugs of published content; topic.pipe.ts falls back to the slug'],
  ['meetings', 'a form field path, not a translation key'],
  ['time.picker', 'the date picker intl labels listed in date-inputs.ts'],
  ['organisationProfile', 'the profile page groups listed in organisation-profile-page.ts'],
  ['organisationProfile.gender', 'genders, listed in organisation-profile-page.ts'],
  ['gift.kinds', 'quiz kinds offered by the GIFT import page'],
  ['quiz.state', 'quiz states computed in module-quizzes.ts'],
  ['verify.status', 'certificate states of the verification page'],
  ['verify.result', 'verification outcomes of the verification page'],
  ['reports.states', 'indicator states of reports.contracts.ts (a type, not a list)'],
  ['reports.units', 'indicator units of reports.contracts.ts (a type, not a list)'],
  ['reports.unitHints', 'indicator units of reports.contracts.ts (a type, not a list)'],
  ['certificateTemplate.fileProblem', "the two problems image-file.ts finds: 'type' and 'size'"],
  ['signatories', 'a form field path for a signature image, not a translation key'],
  ['programmeEvents.figures', 'the figure groups listed in programme-event-figures-page.ts'],
  ['programmeEvents.definitions', 'the figure names listed in programme-event-figures-page.ts'],
  ['logframe.value.fileProblem', "the two problems logframe-value-form.ts finds: 'type' and 'size'"],
]);

let vocabularyValues = 0;
const listedPrefixes = new Set();
for (const [file, list, prefixes] of VOCABULARIES) {
  const patterns = prefixes.map((prefix) => (prefix.includes('*') ? prefix : `${prefix}.*`));
  patterns.forEach((pattern) => listedPrefixes.add(pattern.slice(0, pattern.indexOf('.*'))));
  let found = null;
  try {
    found = readFileSync(join(root, file), 'utf8').match(new RegExp(`const ${list} = \\[([^\\]]*)\\]`));
  } catch {
    // reported below
  }
  if (!found) {
    problems.push(`${file}: no ${list} list found`);
    continue;
  }
  for (const [, value] of found[1].matchAll(/'([\w.-]+)'/g)) {
    vocabularyValues++;
    for (const pattern of patterns) {
      const key = pattern.replace('*', value);
      for (const language of LANGUAGES) {
        if (!tables[language].has(key))
          problems.push(`${language}.json: "${key}" is missing (a value of ${list}, shown as ${pattern})`);
      }
    }
  }
}

// Keys the portal builds at run time: `'prefix.' + value` in templates, `prefix.${value}` in code.
const RUNTIME_PATTERNS = [/'([a-zA-Z]\w*(?:\.\w+)*)\.'\s*\+/g, /`([a-zA-Z]\w*(?:\.\w+)*)\.\$\{/g];
// Error codes are checked against ERROR_CODES above.
listedPrefixes.add('errors.code');
let runtimePrefixes = 0;
for (const file of sourceFiles(sourceDir)) {
  if (file.endsWith('.spec.ts')) continue;
  const text = readFileSync(file, 'utf8');
  for (const pattern of RUNTIME_PATTERNS) {
    for (const [, prefix] of text.matchAll(pattern)) {
      runtimePrefixes++;
      if (!listedPrefixes.has(prefix) && !UNLISTED_PREFIXES.has(prefix))
        problems.push(
          `${relative(root, file)}: builds keys "${prefix}.*" at run time, but no list of their values is declared in tools/check-i18n.mjs`,
        );
    }
  }
}

// One placement of the percent sign per language, as the portal's number formatter writes it
// (Intl: "33%" in English, "%33" in Turkish): a translation never puts it elsewhere.
const PERCENT_RULES = {
  en: [/%\s*\{\{/, /\}\}\s+%/, 'write "{{value}}%"'],
  tr: [/\}\}\s*%/, /%\s+\{\{/, 'write "%{{value}}"'],
};
for (const language of LANGUAGES) {
  const [wrongSide, spaced, advice] = PERCENT_RULES[language];
  for (const [key, value] of tables[language]) {
    if (typeof value === 'string' && (wrongSide.test(value) || spaced.test(value)))
      problems.push(
        `${language}.json: "${key}" places the percent sign unlike the number formatter (${advice})`,
      );
  }
}

const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`i18n: ${unique.length} problem(s)\n${unique.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `i18n: ${tables.en.size} keys, complete in ${LANGUAGES.join(' and ')}, ${codes.length} API error codes, ${vocabularyValues} code-list values and ${runtimePrefixes} run-time keys translated`,
);
