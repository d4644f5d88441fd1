import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { once } from 'node:events';
import type { XapiForwardingStatus } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { XapiExportQueryDto } from './xapi.dto';
import { XapiForwarder } from './xapi-forwarder.service';
import { XapiStatementsService } from './xapi-statements.service';

@ApiTags('xapi')
@Controller('xapi')
export class XapiController {
  private readonly logger = new Logger(XapiController.name);

  constructor(
    private readonly statements: XapiStatementsService,
    private readonly forwarder: XapiForwarder,
  ) {}

  /** The learning records as xAPI statements, one JSON object a line, streamed as they are read. */
  @Get('statements')
  @RequirePermission('reports.read')
  @ApiProduces('application/x-ndjson')
  async export(@Query() query: XapiExportQueryDto, @Res() response: Response): Promise<void> {
    this.statements.check(query);
    // The attachment first: it would set a type of its own from the file name's extension.
    response.attachment('learning-records.xapi.jsonl').type('application/x-ndjson');
    try {
      for await (const statement of this.statements.statements(query)) {
        if (!response.write(`${JSON.stringify(statement)}\n`)) await once(response, 'drain');
      }
      response.end();
    } catch (error) {
      // The status line is already sent: a failure half-way can only cut the download short.
      this.logger.error(`Statements export broken off: ${String(error)}`);
      response.destroy();
    }
  }

  /** Whether forwarding to the LRS is on, and how its last runs went. */
  @Get('forwarding')
  @RequirePermission('reports.read')
  forwarding(): Promise<XapiForwardingStatus> {
    return this.forwarder.status();
  }
}
