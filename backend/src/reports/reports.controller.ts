import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  can,
  type BreakdownRow,
  type Dashboard,
  type DrillDownSession,
  type IndicatorValue,
} from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import { SessionsService } from '../sessions/sessions.service';
import {
  BreakdownQueryDto,
  DrillDownQueryDto,
  ExportQueryDto,
  ReportFiltersDto,
  SaveIndicatorDto,
} from './reports.dto';
import { ReportPdfQueryDto } from './report-pdf/report-pdf-query.dto';
import { ReportPdfService } from './report-pdf/report-pdf.service';
import { ReportsExportService } from './reports-export.service';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportsExportService,
    private readonly sessions: SessionsService,
    private readonly reportPdf: ReportPdfService,
  ) {}

  /** Indicators against targets and the charts' figures. Trainers: their own session only. */
  @Get('reports/dashboard')
  @RequirePermission('reports.read', 'sessions.teach')
  async dashboard(@Caller() caller: SignedInPerson, @Query() filters: ReportFiltersDto): Promise<Dashboard> {
    await this.scope(caller, filters);
    return this.reports.dashboard(filters);
  }

  @Get('reports/breakdown')
  @RequirePermission('reports.read', 'sessions.teach')
  async breakdown(
    @Caller() caller: SignedInPerson,
    @Query() query: BreakdownQueryDto,
  ): Promise<BreakdownRow[]> {
    await this.scope(caller, query);
    return this.reports.breakdown(query, query.measure, query.by);
  }

  /** The sessions behind a figure. */
  @Get('reports/sessions')
  @RequirePermission('reports.read')
  drillDown(@Query() query: DrillDownQueryDto): Promise<DrillDownSession[]> {
    return this.reports.drillDown(query, query.measure);
  }

  /** Indicator table and breakdowns as XLSX or CSV: aggregates only, small cells suppressed. */
  @Get('reports/export')
  @RequirePermission('reports.read')
  async export(@Query() query: ExportQueryDto, @Res() response: Response): Promise<void> {
    const dashboard = await this.reports.dashboard(query);
    if (query.format === 'xlsx') {
      sendDownload(
        response,
        'programme-report.xlsx',
        await this.exports.xlsx(dashboard, this.reports.minCell),
      );
    } else {
      sendDownload(response, 'programme-report.csv', this.exports.csv(dashboard, this.reports.minCell));
    }
  }

  /** The donor report in the language asked for (the caller's own by default). */
  @Get('reports/report.pdf')
  @RequirePermission('reports.read')
  async pdf(
    @Caller() caller: SignedInPerson,
    @Query() query: ReportPdfQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const { language, ...filters } = query;
    const dashboard = await this.reports.dashboard(filters);
    sendDownload(
      response,
      'programme-report.pdf',
      await this.reportPdf.render(
        dashboard,
        filters,
        language ?? caller.language,
        this.reports.minCell,
        new Date(),
      ),
    );
  }

  @Get('indicators')
  @RequirePermission('reports.read')
  async indicators(): Promise<IndicatorValue[]> {
    return (await this.reports.dashboard({})).indicators;
  }

  @Post('indicators')
  @RequirePermission('indicators.manage')
  create(@Body() body: SaveIndicatorDto): Promise<IndicatorValue> {
    return this.reports.saveIndicator(null, body);
  }

  @Put('indicators/:id')
  @RequirePermission('indicators.manage')
  update(@Param('id', UuidParam) id: string, @Body() body: SaveIndicatorDto): Promise<IndicatorValue> {
    return this.reports.saveIndicator(id, body);
  }

  @Delete('indicators/:id')
  @HttpCode(204)
  @RequirePermission('indicators.manage')
  remove(@Param('id', UuidParam) id: string): Promise<void> {
    return this.reports.deleteIndicator(id);
  }

  /** Programme figures are for coordinators; a trainer sees only a session of theirs. */
  private async scope(caller: SignedInPerson, filters: ReportFiltersDto): Promise<void> {
    if (can(caller.roles, 'reports.read')) return;
    if (!filters.sessionId)
      throw new ForbiddenException(
        'Trainers see the figures of their own sessions: choose one of your sessions',
      );
    await this.sessions.visible(caller, filters.sessionId);
  }
}
