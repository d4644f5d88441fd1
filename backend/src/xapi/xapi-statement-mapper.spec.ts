import type { XapiEventKind } from '@atolye/shared';
import { statementProblems } from '../../test/support/xapi-validation';
import type { XapiEvent } from './xapi-event';
import { statementId, XapiStatementMapper } from './xapi-statement-mapper';

const PUBLIC_URL = 'https://atolye.example.org';
const mapper = new XapiStatementMapper(PUBLIC_URL);

const common = {
  recordKey: '6f1c2b8e-3d4a-4e5f-8a9b-0c1d2e3f4a5b',
  at: new Date('2026-10-05T09:30:00Z'),
  recordedAt: new Date('2026-10-05T09:30:00Z'),
  enrolmentId: '0b7e6c1d-2f3a-4b5c-9d8e-7f6a5b4c3d2e',
  personId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  sessionId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  sessionTitle: 'Gaziantep, October 2026',
  language: 'tr',
  trainingId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  trainingTitle: { en: 'Working with people in need of international protection', tr: 'Uluslararası koruma' },
};
const quiz = {
  moduleSlug: 'legal-framework',
  moduleTitle: { en: 'Legal framework', tr: 'Hukuki çerçeve' },
  quizSlug: 'post-test',
  quizTitle: { en: 'Post-test', tr: 'Son test' },
  attempt: 1,
};

const EVENTS: Record<XapiEventKind, XapiEvent> = {
  registered: { ...common, kind: 'registered', detail: {} },
  'lesson-completed': {
    ...common,
    kind: 'lesson-completed',
    detail: {
      moduleSlug: 'legal-framework',
      moduleTitle: { en: 'Legal framework', tr: 'Hukuki çerçeve' },
      lessonSlug: 'non-refoulement',
      lessonTitle: { en: 'Non-refoulement', tr: 'Geri göndermeme ilkesi' },
    },
  },
  'quiz-attempted': { ...common, kind: 'quiz-attempted', detail: quiz },
  'quiz-result': {
    ...common,
    kind: 'quiz-result',
    detail: { ...quiz, score: '7', maxScore: '8', passed: true, seconds: 754 },
  },
  'meeting-attended': {
    ...common,
    kind: 'meeting-attended',
    detail: { meetingId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b', topic: 'Day one', late: false },
  },
  'training-completed': { ...common, kind: 'training-completed', detail: {} },
  'certificate-earned': {
    ...common,
    kind: 'certificate-earned',
    detail: { certificateId: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c', serial: 'ATL-2026-000042' },
  },
};

describe(XapiStatementMapper.name, () => {
  describe('toStatement', () => {
    it.each(Object.keys(EVENTS) as XapiEventKind[])(
      'makes a valid xAPI 1.0.3 statement of a %s event',
      (kind) => {
        const statement = mapper.toStatement(EVENTS[kind]);
        expect(statementProblems(statement, PUBLIC_URL)).toEqual([]);
        expect(statement.context?.registration).toBe(common.enrolmentId);
        expect(statement.actor).toEqual({
          objectType: 'Agent',
          account: { homePage: PUBLIC_URL, name: common.personId },
        });
        expect(statement.timestamp).toBe('2026-10-05T09:30:00.000Z');
      },
    );

    it('names each event with its ADL verb, or the registry’s "earned" for a certificate', () => {
      const verbs = Object.fromEntries(
        Object.entries(EVENTS).map(([kind, event]) => [kind, mapper.toStatement(event).verb.id]),
      );
      expect(verbs).toEqual({
        registered: 'http://adlnet.gov/expapi/verbs/registered',
        'lesson-completed': 'http://adlnet.gov/expapi/verbs/completed',
        'quiz-attempted': 'http://adlnet.gov/expapi/verbs/attempted',
        'quiz-result': 'http://adlnet.gov/expapi/verbs/passed',
        'meeting-attended': 'http://adlnet.gov/expapi/verbs/attended',
        'training-completed': 'http://adlnet.gov/expapi/verbs/completed',
        'certificate-earned': 'http://id.tincanapi.com/verb/earned',
      });
    });

    it('scores a quiz result 7 of 8 as scaled 0.875, and a failed one with the failed verb', () => {
      const passed = mapper.toStatement(EVENTS['quiz-result']);
      expect(passed.result).toEqual({
        score: { scaled: 0.875, raw: 7, min: 0, max: 8 },
        success: true,
        completion: true,
        duration: 'PT754S',
      });
      expect(passed.object).toMatchObject({
        id: 'https://atolye.example.org/xapi/activities/modules/legal-framework/quizzes/post-test',
      });
      const failed = mapper.toStatement({
        ...EVENTS['quiz-result'],
        kind: 'quiz-result',
        detail: { ...quiz, score: 2, maxScore: 3, passed: false, seconds: 60 },
      } as XapiEvent);
      expect(failed.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
      expect(failed.result?.score).toEqual({ scaled: 0.6667, raw: 2, min: 0, max: 3 });
      expect(failed.result?.success).toBe(false);
    });

    it('gives the same record the same statement id every time, and another kind another id', () => {
      const again = mapper.toStatement(EVENTS['registered']);
      expect(again.id).toBe(mapper.toStatement(EVENTS['registered']).id);
      expect(again.id).toBe(statementId('registered', common.recordKey));
      expect(mapper.toStatement(EVENTS['training-completed']).id).not.toBe(again.id);
      expect(again.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });
});

describe('statement validation', () => {
  const valid = () => mapper.toStatement(EVENTS['quiz-result']) as unknown as Record<string, unknown>;

  it('refuses a statement whose actor is an e-mail address', () => {
    const statement = { ...valid(), actor: { objectType: 'Agent', mbox: 'mailto:rana@atolye.example' } };
    expect(statementProblems(statement, PUBLIC_URL)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/actor/)]),
    );
  });

  it('refuses a scaled score above 1, which xAPI 1.0.3 forbids', () => {
    const statement = valid();
    statement['result'] = { score: { scaled: 1.5, raw: 12, min: 0, max: 8 }, success: true };
    expect(statementProblems(statement, PUBLIC_URL)).toEqual(
      expect.arrayContaining(['statement.result.score.scaled: TypeWarning']),
    );
  });

  it('refuses an id that is not a UUID and a timestamp that is not ISO 8601', () => {
    const problems = statementProblems({ ...valid(), id: 'attempt-42', timestamp: '05.10.2026' }, PUBLIC_URL);
    expect(problems).toEqual(
      expect.arrayContaining(['statement.id: TypeWarning', 'statement.timestamp: TypeWarning']),
    );
  });

  it('refuses a passed statement without its score, and an activity outside the portal', () => {
    const statement = valid();
    delete statement['result'];
    statement['object'] = {
      objectType: 'Activity',
      id: 'https://elsewhere.example/quiz',
      definition: { name: { en: 'x' } },
    };
    const problems = statementProblems(statement, PUBLIC_URL);
    expect(problems).toEqual(
      expect.arrayContaining([
        "/: must have required property 'result'",
        '/object/id: must match pattern "^https:\\/\\/atolye\\.example\\.org/xapi/activities/"',
      ]),
    );
  });

  it('refuses a verb without an IRI', () => {
    const statement = { ...valid(), verb: { id: 'passed', display: { 'en-US': 'passed' } } };
    expect(statementProblems(statement, PUBLIC_URL)).toEqual(
      expect.arrayContaining(['statement.verb.id: TypeWarning']),
    );
  });
});
