import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { PublicProbe } from '../access/access.decorator';
import { poolQuery } from '../database/pool-query';

export interface HealthReport {
  status: 'ok';
  database: 'up';
}

/** A load balancer's probe must be answered quickly, even when the database hangs. */
const PROBE_TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 when the API can reach its database now, 503 (with Retry-After) otherwise. */
  @Get()
  @PublicProbe()
  async check(): Promise<HealthReport> {
    const reached = await Promise.race([
      poolQuery(this.db, 'SELECT 1', []).then(
        () => true,
        // Any failure to reach the database is reported the same way: the service is not usable.
        () => false,
      ),
      sleep(PROBE_TIMEOUT_MS, false, { ref: false }),
    ]);
    if (!reached) throw new ServiceUnavailableException('The database is not reachable');
    return { status: 'ok', database: 'up' };
  }

  /**
   * 200 while the process answers at all, without touching the database: a liveness probe (an
   * orchestrator restarting every replica because the database is down would not help), and the
   * benchmarks' baseline for a request that does no work.
   */
  @Get('live')
  @PublicProbe()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
