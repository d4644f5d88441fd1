import { BadRequestException, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { unsafeInput } from './safe-input';

/** A path that does not decode (`%E0%A4%A`) names nothing; `%00` decodes to a NUL. */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    // A malformed escape: Express would answer 400 on its own for a parameter, but not for every path.
    return null;
  }
}

/**
 * Refuses, before any guard, strategy or handler reads them, inputs that would otherwise fail
 * deep inside: NUL characters anywhere in the path, query or body, and bodies nested deeper
 * than any request needs. Runs for anonymous routes (sign-in reads its body in a guard) too.
 */
@Injectable()
export class SafeInputMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    // Mounted on every route, `request.path` is what is left after the mount point: read the whole address.
    const path = decodedPath(request.originalUrl.split('?')[0]);
    const problem =
      path === null
        ? { field: 'path', reason: 'is not a valid address (a malformed % escape)' }
        : path.includes('\u0000')
          ? { field: 'path', reason: 'must not contain a NUL character' }
          : (unsafeInput(request.query, '') ?? unsafeInput(request.body, ''));
    if (problem) {
      const field = problem.field || 'body';
      throw new BadRequestException({
        message: `${field}: ${problem.reason}`,
        details: [{ field, reason: problem.reason }],
      });
    }
    next();
  }
}
