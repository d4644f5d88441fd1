import { stringify } from 'yaml';
import { formatProblem } from './content-problem';
import { QuizParser } from './quiz-parser';

const t = (en: string, tr: string) => ({ en, tr });
const SETTINGS = {
  slug: 'post-test',
  kind: 'post_test',
  title: t('Post-test', 'Son test'),
  passMarkPercent: 70,
  maxAttempts: 2,
  shuffleQuestions: true,
  shuffleOptions: true,
  reviewPolicy: 'after_last_attempt',
};

function parse(questions: object[]) {
  const source = stringify({ ...SETTINGS, questions });
  const { quiz, problems } = new QuizParser('post-test.yaml', source, ['en', 'tr']).parse('post-test');
  return { quiz, problems: problems.map((p) => formatProblem(p).replace(/^post-test\.yaml:\d+: /, '')) };
}

describe('quiz files', () => {
  it('reads partial credit, feedback per answer, catch-alls, distractors and descriptions', () => {
    const { quiz, problems } = parse([
      { id: 'intro', type: 'description', text: t('Read the case.', 'Vakayı okuyun.') },
      {
        id: 'q01',
        type: 'single_choice',
        points: 1,
        text: t('Capital?', 'Başkent?'),
        options: [
          { text: t('Istanbul', 'İstanbul'), correct: true },
          { text: t('Constantinople', 'Konstantiniyye'), weight: 50, feedback: t('Old name.', 'Eski adı.') },
          { text: t('Bursa', 'Bursa') },
        ],
      },
      {
        id: 'q02',
        type: 'short_answer',
        points: 1,
        text: t('Founder?', 'Kurucu?'),
        accept: {
          en: [
            'Atatürk',
            { text: 'Mustafa Kemal', weight: 50, feedback: 'Surname too.' },
            { text: '*', weight: 0 },
          ],
          tr: [{ text: 'Atatürk', weight: 100 }, 6698],
        },
      },
      {
        id: 'q03',
        type: 'numerical',
        points: 2,
        text: t('Hours?', 'Saat?'),
        answers: [
          { value: 72 },
          { min: 48, max: 96, weight: 50 },
          { otherwise: true, feedback: t('Art. 33.', 'Md. 33.') },
        ],
      },
      {
        id: 'q04',
        type: 'matching',
        points: 2,
        text: t('Match', 'Eşleştirin'),
        pairs: [
          { left: t('a', 'a'), right: t('1', '1') },
          { left: t('b', 'b'), right: t('2', '2') },
        ],
        distractors: [t('3', '3')],
      },
      {
        id: 'q05',
        type: 'multiple_choice',
        points: 2,
        text: t('Thirds', 'Üçte birler'),
        options: [
          { text: t('a', 'a'), weight: 33.33333 },
          { text: t('b', 'b'), weight: 33.3333 },
          { text: t('c', 'c'), weight: 33.33333 },
          { text: t('d', 'd'), weight: -100 },
        ],
      },
    ]);
    expect(problems).toEqual([]);
    expect(quiz?.questions).toEqual([
      { id: 'intro', type: 'description', points: 0, text: t('Read the case.', 'Vakayı okuyun.') },
      {
        id: 'q01',
        type: 'single_choice',
        points: 1,
        text: t('Capital?', 'Başkent?'),
        options: [
          { id: 'o1', text: t('Istanbul', 'İstanbul'), correct: true },
          {
            id: 'o2',
            text: t('Constantinople', 'Konstantiniyye'),
            feedback: t('Old name.', 'Eski adı.'),
            correct: false,
            weight: 50,
          },
          { id: 'o3', text: t('Bursa', 'Bursa'), correct: false },
        ],
      },
      {
        id: 'q02',
        type: 'short_answer',
        points: 1,
        text: t('Founder?', 'Kurucu?'),
        accept: {
          en: [
            'Atatürk',
            { text: 'Mustafa Kemal', weight: 50, feedback: 'Surname too.' },
            { text: '*', weight: 0 },
          ],
          tr: ['Atatürk', '6698'],
        },
      },
      {
        id: 'q03',
        type: 'numerical',
        points: 2,
        text: t('Hours?', 'Saat?'),
        answers: [
          { value: 72, tolerance: 0 },
          { min: 48, max: 96, weight: 50 },
          { otherwise: true, feedback: t('Art. 33.', 'Md. 33.') },
        ],
      },
      {
        id: 'q04',
        type: 'matching',
        points: 2,
        text: t('Match', 'Eşleştirin'),
        pairs: [
          { left: t('a', 'a'), right: t('1', '1') },
          { left: t('b', 'b'), right: t('2', '2') },
        ],
        distractors: [t('3', '3')],
      },
      expect.objectContaining({
        options: [
          expect.objectContaining({ weight: 33.33333 }),
          expect.objectContaining({ weight: 33.33333 }),
          expect.objectContaining({ weight: 33.33333 }),
          expect.objectContaining({ weight: -100 }),
        ],
      }),
    ]);
  });

  it("refuses weights Moodle's grade list lacks, and keys nobody could earn all the points with", () => {
    const { problems } = parse([
      {
        id: 'q01',
        type: 'multiple_choice',
        points: 2,
        text: t('SMART?', 'SMART?'),
        options: [
          { text: t('a', 'a'), weight: 34 },
          { text: t('b', 'b'), weight: 33 },
          { text: t('c', 'c'), weight: 33 },
        ],
      },
      {
        id: 'q02',
        type: 'short_answer',
        points: 1,
        text: t('Name?', 'Ad?'),
        accept: {
          en: [
            { text: '*', weight: 0 },
            { text: 'x', weight: 50 },
          ],
          tr: ['x'],
        },
      },
      {
        id: 'q03',
        type: 'numerical',
        points: 1,
        text: t('N?', 'N?'),
        answers: [{ otherwise: true }, { value: 1, weight: 50 }],
      },
      {
        id: 'q04',
        type: 'single_choice',
        points: 1,
        text: t('All right?', 'Hepsi doğru mu?'),
        options: [
          { text: t('a', 'a'), correct: true, weight: 50 },
          { text: t('b', 'b'), correct: true },
        ],
      },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^questions\.0\.options\.0\.weight must be one of the grades Moodle accepts: 100, 90, 83\.33333, .*; got 34$/,
      ),
      expect.stringMatching(
        /^questions\.0\.options\.1\.weight must be one of the grades Moodle accepts: .*; got 33$/,
      ),
      expect.stringMatching(
        /^questions\.0\.options\.2\.weight must be one of the grades Moodle accepts: .*; got 33$/,
      ),
      'no en answer earns all the points: give one without a weight (or weight: 100)',
      'the answer * (any other answer) must come last: answers after it are never reached',
      'no answer earns all the points: give one without a weight (or weight: 100)',
      'otherwise: true must be the last answer: answers after it are never reached',
      'a right option earns all the points; weight is for the others',
      'every option of this single_choice question is correct; one must not be',
    ]);
  });

  it('names unknown fields, ids that cannot name a part of the page, and a quiz of descriptions only', () => {
    const { problems } = parse([
      { id: 'Intro text', type: 'description', text: t('Read.', 'Okuyun.'), points: 1 },
    ]);
    expect(problems).toEqual([
      'unknown field "points" for a description question',
      'a question id is lower-case letters, digits, - or _ (up to 40), such as q01; got "Intro text"',
      'a quiz needs at least one question to answer besides descriptions',
    ]);
  });
});
