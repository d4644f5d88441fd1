/** node-postgres' own messages when it gives up on a server (no error code of PostgreSQL's). */
const CLIENT_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
];

/** Socket errors of a server that is down, restarting or out of reach. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/**
 * PostgreSQL's codes for "not now": class 08 (connection exception), shutting down or starting up
 * (57P01–57P03), too many connections (53300), and a statement cancelled by statement_timeout (57014).
 */
function isTransientServerCode(code: string): boolean {
  return code.startsWith('08') || ['57P01', '57P02', '57P03', '53300', '57014'].includes(code);
}

/**
 * Whether an error means the database cannot be used right now (down, frozen, restarting,
 * overloaded), as opposed to a fault in the request or the code: such requests are answered
 * 503 with Retry-After, and succeed again once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 3; depth++) {
    if (typeof cause !== 'object') return false;
    const { code, message, driverError } = cause as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
    };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || isTransientServerCode(code))) return true;
    if (typeof message === 'string' && CLIENT_MESSAGES.some((m) => message.includes(m))) return true;
    cause = driverError;
  }
  return false;
}
