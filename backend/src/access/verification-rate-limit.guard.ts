import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { tooManyRequests } from '../common/api-problem';
import { RateLimitsRepository } from './rate-limits.repository';

/**
 * Limits verification requests (of certificates and of credentials) per client address in a fixed
 * one-minute window, counted in the database so every API instance shares the count. Guessing
 * 128-bit codes is hopeless anyway; this keeps the endpoint from being used to hammer the service.
 */
@Injectable()
export class VerificationRateLimit implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly requests: RateLimitsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const address = context.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    const count = await this.requests.countInThisMinute(`verify:${address}`);
    // Now and then, forget windows older than an hour.
    if (Math.random() < 0.01) await this.requests.forgetWindowsOlderThanAnHour();
    if (count > this.config.verifyRequestsPerMinute) {
      throw tooManyRequests(
        'verification.tooManyRequests',
        'Too many verification requests from your address. Please wait a minute and try again.',
        60,
      );
    }
    return true;
  }
}
