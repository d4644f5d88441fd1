/**
 * How Moodle reads GIFT, case by case: each GIFT text with the questions it must become, or the
 * problems it must raise (`line code`). Built from Moodle's GIFT documentation and its importer
 * (`question/format/gift/format.php`, `question/format.php`) and tests (`giftformat_test.php`).
 * `gift-reader.spec.ts` checks every case; `gift-round-trip.spec.ts` converts the valid ones
 * GIFT → YAML → GIFT → YAML and expects nothing lost.
 */
export interface GiftCase {
  name: string;
  gift: string;
  questions?: object[];
  /** The questions must be exactly these (no field more); otherwise the fields given must match. */
  exact?: boolean;
  problems?: string[];
}

const en = (text: string) => ({ en: text });

export const GIFT_CASES: GiftCase[] = [
  // Multiple choice, one answer.
  {
    name: 'single choice: = marks the right option, ~ the others',
    gift: "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
    exact: true,
    questions: [
      {
        id: 'q01',
        type: 'single_choice',
        points: 1,
        text: en("Who's buried in Grant's tomb?"),
        options: [
          { id: 'o1', text: en('Grant'), correct: false },
          { id: 'o2', text: en('Jefferson'), correct: false },
          { id: 'o3', text: en('no one'), correct: true },
        ],
      },
    ],
  },
  {
    name: 'missing word: answers inside the sentence leave a blank',
    gift: "Grant is {~buried =entombed ~living} in Grant's tomb.",
    questions: [{ type: 'single_choice', text: en("Grant is _____ in Grant's tomb.") }],
  },
  {
    name: 'missing word: text right after the answers keeps no stray space',
    gift: 'The capital of Turkey is {=Ankara ~İstanbul ~İzmir}.',
    questions: [{ text: en('The capital of Turkey is _____.') }],
  },
  {
    name: 'missing word: answers at the start',
    gift: '{=Two ~Three} plus two equals four.',
    questions: [{ text: en('_____ plus two equals four.') }],
  },
  {
    name: 'single choice: partial credit on a wrong option keeps the right one at 100 %',
    gift: "Osmanlı Devleti'nin son başkenti? {=İstanbul ~%50%Konstantiniyye ~Bursa}",
    exact: true,
    questions: [
      {
        id: 'q01',
        type: 'single_choice',
        points: 1,
        text: en("Osmanlı Devleti'nin son başkenti?"),
        options: [
          { id: 'o1', text: en('İstanbul'), correct: true },
          { id: 'o2', text: en('Konstantiniyye'), correct: false, weight: 50 },
          { id: 'o3', text: en('Bursa'), correct: false },
        ],
      },
    ],
  },
  {
    name: 'single choice: two options may both be right',
    gift: 'Which is a UN refugee agency name? {=UNHCR =BMMYK ~IOM}',
    questions: [
      {
        options: [
          { text: en('UNHCR'), correct: true },
          { text: en('BMMYK'), correct: true },
          { text: en('IOM'), correct: false },
        ],
      },
    ],
  },
  {
    name: 'single choice: a negative weight is a penalty for a wrong option',
    gift: 'Pick one {=right ~%-50%harmful ~neutral}',
    questions: [{ options: [{ correct: true }, { correct: false, weight: -50 }, { correct: false }] }],
  },
  {
    name: 'per-option feedback after #, with spaces trimmed',
    gift: "What's between orange and green? {\n=yellow # right; good!\n~red # wrong, it's yellow\n~blue # wrong, it's yellow\n}",
    questions: [
      {
        options: [
          { text: en('yellow'), correct: true, feedback: en('right; good!') },
          { text: en('red'), correct: false, feedback: en("wrong, it's yellow") },
          { text: en('blue'), correct: false, feedback: en("wrong, it's yellow") },
        ],
      },
    ],
  },
  {
    name: 'an unescaped colon in feedback is fine (only titles need \\:)',
    gift: 'Bitkiler hangi gazı alır? {=Karbondioksit # Doğru: bitkiler CO2 alır. ~Oksijen # Hayır: onu verirler.}',
    questions: [
      {
        options: [
          { text: en('Karbondioksit'), feedback: en('Doğru: bitkiler CO2 alır.') },
          { text: en('Oksijen'), feedback: en('Hayır: onu verirler.') },
        ],
      },
    ],
  },
  {
    name: 'format markers on options and feedback ([plain], [html])',
    gift: "Colour? {\n=yellow\n~red # [html]wrong, it's <b>yellow</b>\n~[plain]blue\n}",
    questions: [
      {
        options: [
          { text: en('yellow') },
          { text: en('red'), feedback: en("wrong, it's yellow") },
          { text: en('blue') },
        ],
      },
    ],
  },
  {
    name: '=%50% in a choice question is a right option whose text starts with %50% (as Moodle reads it)',
    gift: 'Odd one {=%50%half ~other}',
    questions: [{ options: [{ text: en('%50%half'), correct: true }, { text: en('other') }] }],
  },
  {
    name: 'Turkish percent notation (%45) in an option is text, not a weight',
    gift: 'Mültecilerin yüzde kaçı kentlerde yaşıyor? {=%98 ~%45 oranında ~%10}',
    questions: [
      {
        options: [
          { text: en('%98'), correct: true },
          { text: en('%45 oranında'), correct: false },
          { text: en('%10'), correct: false },
        ],
      },
    ],
  },
  {
    name: '"->" in a choice question is text (a ~ makes it multiple choice first)',
    gift: 'Which order? {=plan -> act ~act -> plan}',
    questions: [
      { type: 'single_choice', options: [{ text: en('plan -> act') }, { text: en('act -> plan') }] },
    ],
  },

  // Multiple choice, several answers.
  {
    name: 'several answers: weights without = make a multiple-answer question',
    gift: "What two people are entombed in Grant's tomb? {\n~%-100%No one\n~%50%Grant\n~%50%Grant's wife\n~%-100%Grant's father\n}",
    questions: [
      {
        type: 'multiple_choice',
        options: [
          { id: 'o1', text: en('No one'), weight: -100 },
          { id: 'o2', text: en('Grant'), weight: 50 },
          { id: 'o3', text: en("Grant's wife"), weight: 50 },
          { id: 'o4', text: en("Grant's father"), weight: -100 },
        ],
      },
    ],
  },
  {
    name: 'several answers: ~%100% alone is still multiple answers (no =)',
    gift: 'Colours? {\n~%100%yellow # right; good!\n~%-50%red # wrong\n~%-50%blue # wrong\n}',
    questions: [{ type: 'multiple_choice', options: [{ weight: 100 }, { weight: -50 }, { weight: -50 }] }],
  },
  {
    name: 'several answers: thirds as Moodle writes them',
    gift: 'Which protect people? {~%33.33333%Consent ~%33.33333%Anonymise ~%33.33333%Refer ~%-100%Publish names}',
    questions: [
      {
        options: [{ weight: 33.33333 }, { weight: 33.33333 }, { weight: 33.33333 }, { weight: -100 }],
      },
    ],
  },
  {
    name: 'several answers: a weight close enough to a grade is read as that grade (as Moodle matches)',
    gift: 'Thirds {~%33.3333%a ~%33.3333%b ~%33.3333%c ~d}',
    questions: [
      { options: [{ weight: 33.33333 }, { weight: 33.33333 }, { weight: 33.33333 }, { weight: 0 }] },
    ],
  },
  {
    name: 'several answers: sixths and a fifth',
    gift: 'Parts {~%16.66667%a ~%16.66667%b ~%66.66667%c ~%-20%d}',
    questions: [
      { options: [{ weight: 16.66667 }, { weight: 16.66667 }, { weight: 66.66667 }, { weight: -20 }] },
    ],
  },

  // True/false.
  {
    name: 'true/false: T',
    gift: '::2-08 TSL::TSL is blablabla.{T}',
    questions: [
      { id: '2-08-tsl', type: 'true_false', points: 1, text: en('TSL is blablabla.'), answer: true },
    ],
  },
  {
    name: 'true/false: TRUE',
    gift: 'Turkey applies the 1951 Convention with a geographical limitation.{TRUE}',
    questions: [{ type: 'true_false', answer: true }],
  },
  {
    name: 'true/false: F',
    gift: 'The sun rises in the West.{F}',
    questions: [{ type: 'true_false', answer: false }],
  },
  {
    name: 'true/false: feedback for a wrong answer first, then for a right one (FALSE)',
    gift: '42 is the Absolute Answer to everything.{\nFALSE#42 is the Ultimate Answer.#You gave the right answer.}',
    questions: [
      {
        type: 'true_false',
        answer: false,
        feedbackTrue: en('42 is the Ultimate Answer.'),
        feedbackFalse: en('You gave the right answer.'),
      },
    ],
  },
  {
    name: 'true/false: feedback order with TRUE, and colons in it',
    gift: 'Bkz. https://www.goc.gov.tr: YUKK 2013 tarihli mi?{TRUE#Hayır: 2013 tarihli.#Evet: 6458 sayılı Kanun 2013 tarihli.}',
    questions: [
      {
        text: en('Bkz. https://www.goc.gov.tr: YUKK 2013 tarihli mi?'),
        answer: true,
        feedbackTrue: en('Evet: 6458 sayılı Kanun 2013 tarihli.'),
        feedbackFalse: en('Hayır: 2013 tarihli.'),
      },
    ],
  },
  {
    name: 'true/false: only the right-answer feedback (## leaves the wrong one empty)',
    gift: 'Sky is blue.{TRUE##Yes, it is.}',
    questions: [{ answer: true, feedbackTrue: en('Yes, it is.') }],
  },
  {
    name: 'lower-case {true} is a short answer accepting "true", as Moodle reads it',
    gift: 'Type the word true.{true}',
    questions: [{ type: 'short_answer', accept: { en: ['true'] } }],
  },

  // Short answer.
  {
    name: 'short answer: several accepted answers',
    gift: 'Two plus two equals {=four =4}',
    questions: [{ type: 'short_answer', text: en('Two plus two equals'), accept: { en: ['four', '4'] } }],
  },
  {
    name: 'short answer: one answer needs no =',
    gift: 'Capital of Turkey? {Ankara}',
    questions: [{ type: 'short_answer', accept: { en: ['Ankara'] } }],
  },
  {
    name: 'short answer: partial credit and feedback per answer are kept',
    gift: "Türkiye Cumhuriyeti'nin kurucusu kimdir? {\n=Atatürk#Doğru.\n=%50%Mustafa Kemal#Yarım puan: soyadını da yazın.\n}",
    questions: [
      {
        accept: {
          en: [
            { text: 'Atatürk', feedback: 'Doğru.' },
            { text: 'Mustafa Kemal', weight: 50, feedback: 'Yarım puan: soyadını da yazın.' },
          ],
        },
      },
    ],
  },
  {
    name: "short answer: Moodle's catch-all * at 0 % with its feedback",
    gift: 'Which is the best animal?{\n=Frog#Good!\n=%50%Cat#What is it with Moodlers and cats?\n=%0%*#Completely wrong\n}',
    questions: [
      {
        accept: {
          en: [
            { text: 'Frog', feedback: 'Good!' },
            { text: 'Cat', weight: 50, feedback: 'What is it with Moodlers and cats?' },
            { text: '*', weight: 0, feedback: 'Completely wrong' },
          ],
        },
      },
    ],
  },
  {
    name: 'short answer: general feedback after #### in [html]',
    gift: 'Which is the best animal?{\n=Frog#Good!\n####[html]Here is <i>some</i> general feedback!\n}',
    questions: [
      {
        accept: { en: [{ text: 'Frog', feedback: 'Good!' }] },
        generalFeedback: en('Here is some general feedback!'),
      },
    ],
  },
  {
    name: 'short answer: a 0 % answer is not accepted for full marks',
    gift: 'Law on personal data? {=6698 =%0%6458#That is the law on foreigners.}',
    questions: [
      { accept: { en: ['6698', { text: '6458', weight: 0, feedback: 'That is the law on foreigners.' }] } },
    ],
  },

  // Numerical.
  {
    name: 'numerical: answer and tolerance',
    gift: 'When was Ulysses S. Grant born?{#1822:5}',
    questions: [{ type: 'numerical', answers: [{ value: 1822, tolerance: 5 }] }],
  },
  {
    name: 'numerical: range',
    gift: 'What is a number from 1 to 5? {#1..5}',
    questions: [{ type: 'numerical', answers: [{ min: 1, max: 5 }] }],
  },
  {
    name: 'numerical: no = for a single exact answer',
    gift: 'Year of Law No. 6458? {#2013}',
    questions: [{ answers: [{ value: 2013, tolerance: 0 }] }],
  },
  {
    name: 'numerical: several answers with partial credit and feedback',
    gift: 'When was Ulysses S. Grant born? {#\n=1822:0      # Correct! Full credit.\n=%50%1822:2  # He was born in 1822. Half credit for being close.\n}',
    questions: [
      {
        answers: [
          { value: 1822, tolerance: 0, feedback: en('Correct! Full credit.') },
          {
            value: 1822,
            tolerance: 2,
            weight: 50,
            feedback: en('He was born in 1822. Half credit for being close.'),
          },
        ],
      },
    ],
  },
  {
    name: 'numerical: feedback for any other number after ~',
    gift: 'What is a number from 1 to 5? {#3:2~#Completely wrong}',
    questions: [
      {
        answers: [
          { value: 3, tolerance: 2 },
          { otherwise: true, feedback: en('Completely wrong') },
        ],
      },
    ],
  },
  {
    name: "numerical: Moodle's catch-all * with a weight",
    gift: 'Roughly how many? {#=100:10 =%0%*#Not even close}',
    questions: [
      {
        answers: [
          { value: 100, tolerance: 10 },
          { otherwise: true, feedback: en('Not even close') },
        ],
      },
    ],
  },
  {
    name: 'numerical: negative numbers, decimals and exponents',
    gift: 'Numbers {#=-1.5:0.25 =6.02e23:1e21 =-10..-5}',
    questions: [
      {
        answers: [
          { value: -1.5, tolerance: 0.25 },
          { value: 6.02e23, tolerance: 1e21 },
          { min: -10, max: -5 },
        ],
      },
    ],
  },
  {
    name: 'numerical: a colon in feedback is fine',
    gift: 'Hours to notify a breach under GDPR art. 33? {#=72#Right: without undue delay, within 72 hours.}',
    questions: [
      {
        answers: [{ value: 72, tolerance: 0, feedback: en('Right: without undue delay, within 72 hours.') }],
      },
    ],
  },

  // Matching.
  {
    name: 'matching: pairs with ->',
    gift: 'Match the following countries with their capitals. {\n=Canada -> Ottawa\n=Italy -> Rome\n=Japan -> Tokyo\n}',
    questions: [
      {
        type: 'matching',
        pairs: [
          { left: en('Canada'), right: en('Ottawa') },
          { left: en('Italy'), right: en('Rome') },
          { left: en('Japan'), right: en('Tokyo') },
        ],
      },
    ],
  },
  {
    name: 'matching: no spaces around ->',
    gift: 'Match capitals.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}',
    questions: [{ pairs: [{ right: en('Ottawa') }, { right: en('Rome') }, { right: en('Tokyo') }] }],
  },
  {
    name: 'matching: an answer with no item is kept as a distractor',
    gift: 'Match the activity.{\n=An activity for discussions. -> Forum\n=A collection of pages anyone can edit. -> Wiki\n= -> Chat\n}',
    questions: [
      {
        pairs: [
          { left: en('An activity for discussions.'), right: en('Forum') },
          { left: en('A collection of pages anyone can edit.'), right: en('Wiki') },
        ],
        distractors: [en('Chat')],
      },
    ],
  },
  {
    name: 'matching: items in [html], [moodle], [plain] and [markdown] (Moodle test)',
    gift: '::Moodle activities::[html]Match the <b>activity</b> to the description.{\n=[html]An activity supporting asynchronous discussions. -> Forum\n=[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice\n=[plain]A bank of record entries which participants can add to. -> Database\n=[markdown]A collection of web pages that anyone can add to or edit. -> Wiki\n= -> Chat\n}',
    questions: [
      {
        id: 'moodle-activities',
        text: en('Match the activity to the description.'),
        pairs: [
          { left: en('An activity supporting asynchronous discussions.'), right: en('Forum') },
          {
            left: en('A teacher asks a question and specifies a choice of multiple responses.'),
            right: en('Choice'),
          },
          { left: en('A bank of record entries which participants can add to.'), right: en('Database') },
          { left: en('A collection of web pages that anyone can add to or edit.'), right: en('Wiki') },
        ],
        distractors: [en('Chat')],
      },
    ],
  },
  {
    name: 'matching: escaped characters in items and answers',
    gift: String.raw`Match {=Law No. 6458 \{YUKK\} -> Foreigners \= protection =Law No. 6698 -> Data\: KVKK}`,
    questions: [
      {
        pairs: [
          { left: en('Law No. 6458 {YUKK}'), right: en('Foreigners = protection') },
          { left: en('Law No. 6698'), right: en('Data: KVKK') },
        ],
      },
    ],
  },

  // Titles, ids, points.
  {
    name: 'titles become ids',
    gift: '::Q1:: First {T}\n\n::Q2:: Second {F}',
    questions: [{ id: 'q1', text: en('First') }, { id: 'q2' }],
  },
  {
    name: 'untitled questions are numbered',
    gift: 'First {T}\n\n::named::Second {F}\n\nThird {T}',
    questions: [{ id: 'q01' }, { id: 'named' }, { id: 'q03' }],
  },
  {
    name: 'duplicate titles become unique ids',
    gift: '::Soru::Bir {T}\n\n::Soru::İki {F}\n\n::soru::Üç {T}',
    questions: [{ id: 'soru' }, { id: 'soru-2' }, { id: 'soru-3' }],
  },
  {
    name: 'Turkish titles become ids in Latin letters',
    gift: '::Çalışma İzni Şartı:: Yabancıların çalışma izni gerekir mi? {T}',
    questions: [{ id: 'calisma-izni-sarti', text: en('Yabancıların çalışma izni gerekir mi?') }],
  },
  {
    name: 'an escaped colon in a title',
    gift: String.raw`::Law\: 6458::Which law? {=YUKK ~KVKK}`,
    questions: [{ id: 'law-6458', text: en('Which law?') }],
  },
  {
    name: 'a title without closing :: is no title (Moodle drops the leading ::)',
    gift: '::Unfinished title Which law? {=YUKK ~KVKK}',
    questions: [{ id: 'q01', text: en('Unfinished title Which law?') }],
  },
  {
    name: "Moodle's [id:…] comment gives the id, [tag:points-N] the points",
    gift: '// question: 123  name: Grants tomb\n// [id:grant-01] [tag:points-3] [tag:history]\n::Grants tomb::Who? {=Grant ~Lee}',
    questions: [{ id: 'grant-01', points: 3 }],
  },

  // Comments, escapes, lines.
  {
    name: 'comments before, between and inside questions are skipped',
    gift: '// a comment\n::q::Which? {\n=a\n// why a: it is right\n~b\n}\n// another comment',
    questions: [{ id: 'q', options: [{ text: en('a') }, { text: en('b') }] }],
  },
  {
    name: '// inside a line is text (a web address)',
    gift: 'Read https://docs.moodle.org/en/GIFT_format — is it about quizzes? {T}',
    questions: [{ text: en('Read https://docs.moodle.org/en/GIFT_format — is it about quizzes?') }],
  },
  {
    name: 'escaped special characters in text and options',
    gift: String.raw`Which are special in GIFT\: \~ \= \# \{ and \}? {=All of them ~None}`,
    questions: [
      { text: en('Which are special in GIFT: ~ = # { and }?'), options: [{ text: en('All of them') }, {}] },
    ],
  },
  {
    name: '\\n in a text is a line break',
    gift: String.raw`First line\nsecond line {T}`,
    questions: [{ text: en('First line\nsecond line') }],
  },
  {
    name: 'a double backslash is one backslash',
    gift: String.raw`A \\ B \\\\ C {T}`,
    questions: [{ text: en(String.raw`A \ B \\ C`) }],
  },
  {
    name: 'a question on several lines keeps its line breaks',
    gift: 'A counsellor helps a woman register.\nHer coordinator asks the directorate to act.\nWhat is the coordinator doing?\n{=Advocacy ~Service delivery}',
    questions: [
      {
        text: en(
          'A counsellor helps a woman register.\nHer coordinator asks the directorate to act.\nWhat is the coordinator doing?',
        ),
      },
    ],
  },
  {
    name: 'indentation of each line is dropped (Moodle trims lines)',
    gift: '    ::q::   Indented question\n        on two lines {\n        =yes\n        ~no\n    }',
    questions: [
      { text: en('Indented question\non two lines'), options: [{ text: en('yes') }, { text: en('no') }] },
    ],
  },
  {
    name: 'Windows line endings (\\r\\n)',
    gift: '::a::First {T}\r\n\r\n::b::Second {\r\n=x\r\n~y\r\n}\r\n',
    questions: [{ id: 'a' }, { id: 'b', options: [{ text: en('x') }, { text: en('y') }] }],
  },
  {
    name: 'old Mac line endings (\\r)',
    gift: '::a::First {T}\r\r::b::Second {F}\r',
    questions: [
      { id: 'a', answer: true },
      { id: 'b', answer: false },
    ],
  },
  {
    name: 'a byte-order mark at the start is ignored',
    gift: '\uFEFF::a::First {T}',
    questions: [{ id: 'a' }],
  },
  {
    name: '$CATEGORY lines are skipped',
    gift: '$CATEGORY: $course$/top/Default for Advocacy\n\n::a::First {T}',
    questions: [{ id: 'a' }],
  },
  {
    name: 'a line holding only 0 ends a question (PHP takes "0" for empty)',
    gift: '::a::First {T}\n0\n::b::Second {F}',
    questions: [{ id: 'a' }, { id: 'b' }],
  },

  // Descriptions and formats.
  {
    name: 'text with no answers is a description, shown and not graded',
    gift: '::intro::Read the case below, then answer.\n\n::q::Is it advocacy? {T}',
    questions: [
      { id: 'intro', type: 'description', points: 0, text: en('Read the case below, then answer.') },
      { id: 'q', type: 'true_false' },
    ],
  },
  {
    name: "HTML from Moodle's editor becomes plain text, entities decoded",
    gift: String.raw`::q::[html]<p dir\="ltr" style\="text-align\: left;">Which law covers data of M&amp;E files? &quot;KVKK&quot;</p>{=<p dir\="ltr">Law No. 6698</p>#<p>Right &amp; complete.</p> ~<p>Law No. 6458</p>}`,
    questions: [
      {
        text: en('Which law covers data of M&E files? "KVKK"'),
        options: [
          { text: en('Law No. 6698'), feedback: en('Right & complete.') },
          { text: en('Law No. 6458') },
        ],
      },
    ],
  },
  {
    name: 'HTML paragraphs, line breaks and lists become lines',
    gift: String.raw`::q::[html]<p>First paragraph.</p>\n<p>Second<br>line.</p><ul><li>one</li><li>two</li></ul>{T}`,
    questions: [{ text: en('First paragraph.\nSecond\nline.\n- one\n- two') }],
  },
  {
    name: 'HTML: scripts and styles are dropped, links keep their address',
    gift: String.raw`::q::[html]<script>alert(1)</script><style>p\{color\:red\}</style><p>See <a href\="https\://www.unhcr.org/tr">UNHCR Türkiye</a>.</p>{T}`,
    questions: [{ text: en('See UNHCR Türkiye (https://www.unhcr.org/tr).') }],
  },
  {
    name: "Moodle's own format with markup is read as HTML",
    gift: 'Is <b>this</b> bold?{T}',
    questions: [{ text: en('Is this bold?') }],
  },
  {
    name: '[markdown] and [plain] texts are kept as written',
    gift: '::a::[markdown]Is **this** Markdown?{T}\n\n::b::[plain]Is <b>this</b> plain?{T}',
    questions: [{ text: en('Is **this** Markdown?') }, { text: en('Is <b>this</b> plain?') }],
  },
  {
    name: 'general feedback takes the question text format',
    gift: '::q::[html]<p>Text</p>{T####<p>General &amp; final.</p>}',
    questions: [{ generalFeedback: en('General & final.') }],
  },

  // Problems: every one listed, at the line its question starts.
  {
    name: 'essay questions are refused with their line',
    gift: '::A:: Fine {=a ~b}\n\n// essay\n::Essay:: Write about it {}',
    problems: ['4 essay'],
  },
  {
    name: 'answers of only general feedback are an essay',
    gift: '::E::Describe it.{####Thanks.}',
    problems: ['1 essay'],
  },
  {
    name: 'a missing } is reported at the start of the question',
    gift: '::A:: First {=a ~b}\n\n::B:: Second {=c\n~d\n\n::C:: Third {=e ~f}',
    problems: ['3 braces'],
  },
  {
    name: 'a missing { is reported',
    gift: '::A:: First =a ~b}',
    problems: ['1 braces'],
  },
  {
    name: 'two questions without a blank line between them',
    gift: '::A:: First {=a ~b}\n::B:: Second {=c ~d}',
    problems: ['1 secondAnswerBlock'],
  },
  {
    name: 'multiple choice with one option',
    gift: 'Only one? {~only}',
    problems: ['1 tooFewOptions', '1 weightsDontAddUp'],
  },
  {
    name: 'several answers whose weights do not add up to 100',
    gift: 'Weights {~%50%a ~%40%b ~c}',
    problems: ['1 weightsDontAddUp'],
  },
  {
    name: 'a weight not on Moodle’s list of grades',
    gift: 'Weights {~%-15%a ~%50%b ~%50%c}',
    problems: ['1 weightNotOnList'],
  },
  {
    name: 'a weight that is not a number',
    gift: 'Weights {~%--15%a ~%50%b ~%50%c}',
    problems: ['1 weightNotANumber'],
  },
  {
    name: 'matching with one pair',
    gift: 'Match {=Canada -> Ottawa}',
    problems: ['1 tooFewPairs'],
  },
  {
    name: 'matching with a line lacking ->',
    gift: 'Match {=Canada -> Ottawa =Italy Rome =Japan -> Tokyo}',
    problems: ['1 matchingFormat'],
  },
  {
    name: 'short answer with no full-credit answer',
    gift: 'Name? {=%50%Atatürk}',
    problems: ['1 noFullCredit'],
  },
  {
    name: 'numerical answers that are not numbers (decimal comma, words)',
    gift: 'How much? {#1,5}\n\nHow many? {#=abc =12}',
    problems: ['1 notANumber', '3 notANumber'],
  },
  {
    name: 'a numerical range the wrong way round',
    gift: 'Range {#5..1}',
    problems: ['1 rangeReversed'],
  },
  {
    name: 'a numerical question with no answer',
    gift: 'Number {#}',
    problems: ['1 noNumericalAnswer'],
  },
  {
    name: 'a catch-all * before other answers',
    gift: 'Name {=%0%*#No =Atatürk}',
    problems: ['1 catchAllNotLast'],
  },
  {
    name: 'a question without text',
    gift: '::A::{T}',
    problems: ['1 emptyText'],
  },
  {
    name: 'an option without text',
    gift: 'Pick {=a ~}',
    problems: ['1 emptyOption'],
  },
  {
    name: 'a file without questions',
    gift: '// only a comment\n\n$CATEGORY: top',
    problems: ['1 noQuestions'],
  },
  {
    name: 'every problem in the file at once, each at the line its question starts (not its comments)',
    gift: '// question 1\n::A:: Fine {=a ~b}\n\n// question 2\n// still about it\n::B:: Weights {~%7%x ~%93%y}\n\n::C:: Essay {}\n\n::D:: Match {=a -> b}',
    problems: ['6 weightNotOnList', '6 weightNotOnList', '8 essay', '10 tooFewPairs'],
  },
];
