import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { Statement } from '@xapi/xapi';
import type { XapiExportFilters } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { XapiStatementMapper } from './xapi-statement-mapper';
import { XapiRepository } from './xapi.repository';

/** Events read per query while an export streams: memory stays flat however long the period. */
const EXPORT_PAGE_SIZE = 1000;

/** The learning records as xAPI statements, in a stable order: by time, then kind, then record. */
@Injectable()
export class XapiStatementsService {
  private readonly mapper: XapiStatementMapper;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repository: XapiRepository,
  ) {
    this.mapper = new XapiStatementMapper(config.publicUrl);
  }

  /** A period that ends before it starts is refused before anything is sent. */
  check(filters: XapiExportFilters): void {
    if (filters.from && filters.to && filters.to < filters.from)
      throw new BadRequestException({
        message: 'to: must be on or after from',
        details: [{ field: 'to', reason: 'must be on or after from' }],
      });
  }

  async *statements(filters: XapiExportFilters): AsyncGenerator<Statement> {
    for await (const events of this.repository.pages(filters, EXPORT_PAGE_SIZE))
      for (const event of events) yield this.mapper.toStatement(event);
  }
}
