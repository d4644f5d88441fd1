import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { tooManyRequests } from '../common/api-problem';

/**
 * Limits verification requests per client address in a fixed one-minute window, counted in the
 * database so every API instance shares the count. Guessing 128-bit codes is hopeless anyway;
 * this keeps the endpoint from being used to hammer the service.
 */
@Injectable()
export class VerificationRateLimit implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const address = context.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    const [row] = await this.db.query(
      `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
       RETURNING count`,
      [`verify:${address}`],
    );
    // Now and then, forget windows older than an hour.
    if (Math.random() < 0.01)
      await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 hour'`);
    if (row.count > this.config.verifyRequestsPerMinute) {
      throw tooManyRequests(
        'verification.tooManyRequests',
        'Too many verification requests from your address. Please wait a minute and try again.',
        60,
      );
    }
    return true;
  }
}
