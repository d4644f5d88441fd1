import { Injectable, NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Requests that carry a body must say it is JSON. Besides a clear 415 for wrong content types,
 * this keeps cross-site HTML forms (which cannot send JSON) from changing anything.
 */
@Injectable()
export class JsonOnlyMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const hasBody =
      Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'];
    if (BODY_METHODS.has(request.method) && hasBody && !request.is('application/json')) {
      throw new UnsupportedMediaTypeException(
        'Send the request body as JSON (Content-Type: application/json)',
      );
    }
    next();
  }
}
