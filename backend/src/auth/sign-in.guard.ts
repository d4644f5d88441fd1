import { BadRequestException, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { SignInDto } from './auth.dto';

/**
 * Runs passport-local, after checking the body the way the validation pipe would: guards run
 * before pipes, and passport would otherwise answer a malformed body with a bare 401.
 */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body = plainToInstance(SignInDto, request.body ?? {});
    const errors = await validate(body, {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
    });
    if (errors.length > 0) {
      const details = errors.flatMap((e) =>
        Object.values(e.constraints ?? {}).map((reason) => ({ field: e.property, reason })),
      );
      throw new BadRequestException({ message: `${details[0].field}: ${details[0].reason}`, details });
    }
    return (await super.canActivate(context)) as boolean;
  }

  /** Let the strategy's own exceptions (401, 403, 429) through unchanged. */
  override handleRequest<T>(error: unknown, person: T): T {
    if (error) throw error;
    return person;
  }
}
