import type { ApiErrorBody } from '@atolye/shared';
import { errorWording } from './error-wording';

const conflict: ApiErrorBody = {
  statusCode: 409,
  error: 'Conflict',
  message: 'You have used all 2 attempts at this quiz',
  code: 'quiz.attemptsUsed',
  params: { max: 2 },
};
const notFound: ApiErrorBody = {
  statusCode: 404,
  error: 'Not found',
  message: 'No session with this id',
  code: 'notFound',
};

describe(errorWording.name, () => {
  it('translates a specific code with its values, in every language', () => {
    for (const language of ['en', 'tr'] as const) {
      expect(errorWording(conflict, language)).toEqual({
        kind: 'key',
        key: 'errors.code.quiz.attemptsUsed',
        params: { max: 2 },
      });
    }
  });

  it('gives an English reader the precise message behind a code by status, and others its translation', () => {
    expect(errorWording(notFound, 'en')).toEqual({ kind: 'text', text: 'No session with this id' });
    expect(errorWording(notFound, 'tr')).toEqual({ kind: 'key', key: 'errors.code.notFound' });
  });

  it("prefers the page's own message, and shows a message without a code as it is", () => {
    expect(errorWording(conflict, 'tr', 'checkIn.errors.wrongCode')).toEqual({
      kind: 'key',
      key: 'checkIn.errors.wrongCode',
    });
    const uncoded: ApiErrorBody = {
      statusCode: 422,
      error: 'Unprocessable entity',
      message: 'meetingId: no such meeting',
    };
    expect(errorWording(uncoded, 'tr')).toEqual({ kind: 'text', text: 'meetingId: no such meeting' });
  });

  it('falls back to a translated sentence when the server could not be reached or said nothing', () => {
    expect(errorWording({ statusCode: 0, error: '', message: '' }, 'tr')).toEqual({
      kind: 'key',
      key: 'errors.network',
    });
    expect(errorWording({ statusCode: 502, error: 'Bad gateway', message: '' }, 'en')).toEqual({
      kind: 'key',
      key: 'errors.unexpected',
    });
  });
});
