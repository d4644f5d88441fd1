import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode, FieldError } from '@atolye/shared';

/** The body of an HttpException that carries a code the portal translates. */
export interface ApiProblem {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
  details?: FieldError[];
}

/**
 * An error for people to read: an English message for API clients and logs, and a code (with
 * the values it needs) that the portal shows in the reader's language.
 * `throw new ConflictException(problem('quiz.attemptsUsed', 'You have used all 2 attempts', { max: 2 }))`
 */
export function problem(
  code: ErrorCode,
  message: string,
  params?: Record<string, string | number>,
  details?: FieldError[],
): ApiProblem {
  return { code, message, ...(params ? { params } : {}), ...(details ? { details } : {}) };
}

/** A 429 with its code; the error filter turns `retryAfterSeconds` into the Retry-After header. */
export function tooManyRequests(
  code: ErrorCode,
  message: string,
  retryAfterSeconds: number,
  params?: Record<string, string | number>,
): HttpException {
  return new HttpException(
    { ...problem(code, message, params), retryAfterSeconds },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
