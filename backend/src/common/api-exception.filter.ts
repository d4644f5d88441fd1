import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiErrorBody, ErrorCode, FieldError } from '@atolye/shared';
import { isDatabaseUnavailable } from '../database/database-unavailable';

/** Errors raised by Express' body parser carry their own status and a `type`. */
interface BodyParserError {
  status: number;
  type: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is too large',
  'entity.parse.failed': 'The request body is not valid JSON',
  'encoding.unsupported': 'The request body encoding is not supported',
  'charset.unsupported': 'The request body charset is not supported',
};

/** The code an error gets from its status alone, when nothing more specific was said. */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'invalidInput',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  413: 'tooLarge',
  415: 'unsupportedMediaType',
  429: 'tooManyRequests',
  503: 'serviceUnavailable',
};

/** A client told 503 tries again after this long; the database is usually back within seconds. */
export const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

function withCode(body: ApiErrorBody): ApiErrorBody {
  if (body.code) return body;
  const code = CODE_BY_STATUS[body.statusCode] ?? (body.statusCode >= 500 ? 'unexpected' : undefined);
  return code ? { ...body, code } : body;
}

/** "Payload too large" from 413. */
function statusTitle(statusCode: number): string {
  const name = HttpStatus[statusCode]?.replace(/_/g, ' ') ?? 'Error';
  return name.charAt(0) + name.slice(1).toLowerCase();
}

/**
 * Gives every error the same body (status, error, message, details) and hides internals:
 * unexpected errors are logged with an id that is also returned, never with a stack or SQL.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = withCode(this.toBody(exception));
    if (body.statusCode === HttpStatus.TOO_MANY_REQUESTS && exception instanceof HttpException) {
      const retryAfter = (exception.getResponse() as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    }
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE)
      response.setHeader('Retry-After', String(RETRY_AFTER_UNAVAILABLE_SECONDS));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    if (isBodyParserError(exception) && exception.status >= 400 && exception.status < 500) {
      return {
        statusCode: exception.status,
        error: statusTitle(exception.status),
        message: BODY_PARSER_MESSAGES[exception.type] ?? 'The request body could not be read',
      };
    }
    if (
      exception instanceof QueryFailedError &&
      (exception.driverError as { code?: string })?.code === '22P02'
    ) {
      // invalid_text_representation: a malformed value reached a typed column (e.g. a bad uuid).
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: 'A value in the request has the wrong format',
      };
    }
    if (isDatabaseUnavailable(exception)) {
      // Down, frozen, restarting or overloaded: nothing the caller did, and it passes; no error id to quote.
      this.logger.warn(
        `Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`,
      );
      return {
        statusCode: 503,
        error: 'Service unavailable',
        message: 'The database cannot be reached at the moment. Please try again in a few seconds.',
      };
    }
    const errorId = randomUUID();
    this.logger.error(
      `Unexpected error ${errorId}`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: `Something went wrong on our side. Please try again; if it keeps happening, quote error id ${errorId}.`,
      errorId,
    };
  }

  private fromHttpException(exception: HttpException): ApiErrorBody {
    const statusCode = exception.getStatus();
    const raw = exception.getResponse();
    const title = statusTitle(statusCode);
    if (typeof raw === 'string') return { statusCode, error: title, message: raw };
    const payload = raw as {
      message?: string | string[];
      code?: ErrorCode;
      params?: Record<string, string | number>;
      details?: FieldError[];
    };
    const message = Array.isArray(payload.message)
      ? payload.message.join('; ')
      : (payload.message ?? exception.message);
    return {
      statusCode,
      error: title,
      message,
      ...(payload.code ? { code: payload.code } : {}),
      ...(payload.params ? { params: payload.params } : {}),
      ...(payload.details ? { details: payload.details } : {}),
    };
  }
}
