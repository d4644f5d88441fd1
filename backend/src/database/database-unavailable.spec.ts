import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

function pgError(code: string): Error {
  return Object.assign(new Error('server said no'), { code });
}

describe(isDatabaseUnavailable.name, () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['a pool that found no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a server that stopped answering', new Error('Query read timeout')],
    ['a connection cut', new Error('Connection terminated unexpectedly')],
    ['a server shutting down', pgError('57P01')],
    ['a server starting up', pgError('57P03')],
    ['a statement timeout', new QueryFailedError('SELECT 1', [], pgError('57014'))],
    ['too many connections', pgError('53300')],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505'))],
    ['a syntax error in the code', new QueryFailedError('SELEC', [], pgError('42601'))],
    ['a programming error', new TypeError('x is undefined')],
    ['a non-error', 'text'],
  ])('does not take %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
