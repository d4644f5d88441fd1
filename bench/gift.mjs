// Converting a 2,000-question Moodle GIFT file into a quiz, as the portal and `npm run quiz:gift`
// do: read (Moodle's line-based algorithm, every check), turn into questions, write the quiz YAML.
// The file mixes every question type, with weights, feedback, escapes, HTML and Turkish letters.
// Printed beside two baselines measured in the same run on the same quiz: reading its YAML file
// (what content:check does with the result) and JSON.parse of the questions.
// Target: a 2,000-question file in under 2 s.
// Usage: npm run build && node bench/gift.mjs
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const dist = '../dist/backend/backend/src/content/gift';
const { giftToQuestions } = require(`${dist}/gift-to-quiz.js`);
const { quizToYaml } = require(`${dist}/quiz-yaml.js`);

const QUESTIONS = Number(process.env.BENCH_GIFT_QUESTIONS ?? 2000);
const RUNS = 5;

/** One question of each kind in turn, in English or Turkish. */
function question(i, tr) {
  const n = String(i + 1).padStart(4, '0');
  const w = (en, t) => (tr ? t : en);
  switch (i % 8) {
    case 0:
      return `// [tag:points-2]\n::q${n}::${w('Which law regulates personal data in Turkey? See https://www.kvkk.gov.tr', "Türkiye'de kişisel verileri hangi kanun düzenler? Bkz. https://www.kvkk.gov.tr")} {\n=${w('Law No. 6698#Right: the KVKK.', '6698 sayılı Kanun#Doğru: KVKK.')}\n~%50%${w('The KVKK regulation#Close.', 'KVKK yönetmeliği#Yakın.')}\n~${w('Law No. 6458', '6458 sayılı Kanun')}\n####${w('See lesson 2.', 'Bkz. 2. ders.')}\n}`;
    case 1:
      return `::q${n}::${w('Which steps protect people?\nSelect all that apply.', 'Hangi adımlar insanları korur?\nUygun olanların hepsini seçin.')} {\n~%33.33333%${w('Consent', 'Rıza')}\n~%33.33333%${w('Anonymise', 'Anonimleştirme')}\n~%33.33333%${w('Refer', 'Yönlendirme')}\n~%-100%${w('Publish names#No.', 'İsimleri yayımlamak#Hayır.')}\n}`;
    case 2:
      return `::q${n}::${w('Turkey keeps the geographical limitation.', 'Türkiye coğrafi sınırlamayı korur.')}{TRUE#${w('It does: art. 61.#Right.', 'Korur: md. 61.#Doğru.')}}`;
    case 3:
      return `::q${n}::${w('Who founded the Republic?', 'Cumhuriyetin kurucusu kimdir?')} {\n=Atatürk#${w('Right.', 'Doğru.')}\n=%50%Mustafa Kemal#${w('Half: the surname too.', 'Yarım: soyadı da.')}\n=%0%*#${w('No.', 'Hayır.')}\n}`;
    case 4:
      return `::q${n}::${w('Hours to notify a breach?', 'İhlal kaç saatte bildirilir?')} {#\n=72:0#${w('Right.', 'Doğru.')}\n=%50%48..96#${w('Close.', 'Yakın.')}\n~#${w('See art. 33.', 'Bkz. md. 33.')}\n}`;
    case 5:
      return `::q${n}::${w('Match the roles.', 'Rolleri eşleştirin.')} {\n=${w('Controller -> Decides why', 'Veri sorumlusu -> Amacı belirler')}\n=${w('Processor -> Acts for the controller', 'Veri işleyen -> Sorumlu adına işler')}\n= -> ${w('Regulates', 'Denetler')}\n}`;
    case 6:
      return `::q${n}::[html]<p dir\\="ltr" style\\="text-align\\: left;">${w('Data of M&amp;E files: which law?', 'M&amp;E dosyalarının verileri: hangi kanun?')}</p>{=<p>KVKK</p> ~<p>YUKK</p>}`;
    default:
      return `::q${n}::${w('The capital of Turkey is {=Ankara ~İstanbul ~İzmir}.', 'Türkiye’nin başkenti {=Ankara ~İstanbul ~İzmir} şehridir.')}`;
  }
}

const file = (tr) => Array.from({ length: QUESTIONS }, (_, i) => question(i, tr)).join('\n\n') + '\n';
const en = file(false);
const tr = file(true);

function quizOf(questions) {
  return {
    slug: 'post-test',
    kind: 'post_test',
    title: { en: 'Post-test', tr: 'Son test' },
    passMarkPercent: 70,
    timeLimitMinutes: null,
    maxAttempts: 2,
    shuffleQuestions: true,
    shuffleOptions: true,
    reviewPolicy: 'after_last_attempt',
    pairedWith: null,
    questions,
  };
}

/**
 * Median and slowest of several runs after one to warm up, in milliseconds of wall time, and the
 * median CPU time this process spent: other work on the machine shares its cores and stretches
 * the wall time, not the CPU time.
 */
function time(work) {
  work();
  const runs = Array.from({ length: RUNS }, () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    work();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
  });
  const wall = runs.map((r) => r.wall).sort((a, b) => a - b);
  const cpu = runs.map((r) => r.cpu).sort((a, b) => a - b);
  return { median: wall[Math.floor(RUNS / 2)], max: wall[RUNS - 1], cpu: cpu[Math.floor(RUNS / 2)] };
}

const one = giftToQuestions([{ language: 'en', text: en }]);
const both = giftToQuestions([
  { language: 'en', text: en },
  { language: 'tr', text: tr },
]);
for (const result of [one, both]) {
  if (result.problems.length || result.questions.length !== QUESTIONS)
    throw new Error(
      `the generated file did not convert cleanly: ${JSON.stringify(result.problems.slice(0, 3))}`,
    );
}
const yaml = quizToYaml(quizOf(both.questions));
const json = JSON.stringify(both.questions);

const kb = (text) => `${Math.round(Buffer.byteLength(text) / 1024)} KB`;
const ms = (t) =>
  `median ${t.median.toFixed(0)} ms, slowest ${t.max.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms)`;
const convertOne = time(() => quizToYaml(quizOf(giftToQuestions([{ language: 'en', text: en }]).questions)));
const convertBoth = time(() =>
  quizToYaml(
    quizOf(
      giftToQuestions([
        { language: 'en', text: en },
        { language: 'tr', text: tr },
      ]).questions,
    ),
  ),
);
const yamlParse = time(() => parse(yaml));
const jsonParse = time(() => JSON.parse(json));

console.log(`GIFT → quiz, ${QUESTIONS} questions of every type (${RUNS} runs after a warm-up)`);
console.log(`  English file (${kb(en)}) → questions → YAML: ${ms(convertOne)}`);
console.log(`  English + Turkish files (${kb(en)} + ${kb(tr)}) → bilingual YAML: ${ms(convertBoth)}`);
console.log(`  baseline, reading the resulting YAML (${kb(yaml)}) with the yaml package: ${ms(yamlParse)}`);
console.log(`  baseline, JSON.parse of the same questions (${kb(json)}): ${ms(jsonParse)}`);
console.log(
  `  ratio: the bilingual conversion takes ${(convertBoth.median / yamlParse.median).toFixed(2)}× the YAML read, ${(convertBoth.median / jsonParse.median).toFixed(0)}× JSON.parse (CPU: ${(convertBoth.cpu / yamlParse.cpu).toFixed(2)}×, ${(convertBoth.cpu / jsonParse.cpu).toFixed(0)}×)`,
);
console.log(`  machine load (1 min) during the run: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
const readOnly = time(() =>
  giftToQuestions([
    { language: 'en', text: en },
    { language: 'tr', text: tr },
  ]),
);
console.log(`  of which reading the two files into questions (no YAML): ${ms(readOnly)}`);
// Judged on the median wall time, the time a person waits; the slowest run is printed beside it.
const met = convertBoth.median < 2000 && convertOne.median < 2000;
console.log(`  target < 2 s for a 2,000-question file: ${met ? 'met' : 'NOT met'}`);
process.exitCode = met ? 0 : 1;
