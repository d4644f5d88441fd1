import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';

export interface HealthReport {
  status: 'ok';
  database: 'up';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 when the API can reach its database, 503 otherwise. */
  @Get()
  @Public()
  async check(): Promise<HealthReport> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      // Any failure to reach the database is reported the same way: the service is not usable.
      throw new ServiceUnavailableException('The database is not reachable');
    }
    return { status: 'ok', database: 'up' };
  }
}
