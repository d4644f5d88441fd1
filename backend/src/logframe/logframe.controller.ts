import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  Logframe,
  LogframeIndicator,
  LogframeIndicatorDetail,
  LogframeItem,
  LogframeManualValue,
} from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import {
  LogframeExportQueryDto,
  LogframePeriodQueryDto,
  MoveLogframeItemDto,
  SaveLogframeIndicatorDto,
  SaveLogframeItemDto,
  SaveLogframeValueDto,
} from './logframe.dto';
import { logframeXlsx } from './logframe-export';
import { logframeMatrix } from './logframe-matrix';
import { renderLogframePdf } from './logframe-pdf';
import { LogframeService } from './logframe.service';
import { LogframeValuesService } from './logframe-values.service';

/** The programme's logframe: coordinators and administrators read and write it. */
@ApiTags('logframe')
@Controller('logframe')
export class LogframeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logframe: LogframeService,
    private readonly values: LogframeValuesService,
  ) {}

  /** The tree with every indicator's value for the period (from the earliest baseline to today by default). */
  @Get()
  @RequirePermission('reports.read')
  get(@Query() query: LogframePeriodQueryDto): Promise<Logframe> {
    return this.logframe.logframe(query);
  }

  @Post('items')
  @RequirePermission('indicators.manage')
  createItem(@Body() body: SaveLogframeItemDto): Promise<LogframeItem> {
    return this.logframe.createItem(body);
  }

  @Put('items/:id')
  @RequirePermission('indicators.manage')
  updateItem(@Param('id', UuidParam) id: string, @Body() body: SaveLogframeItemDto): Promise<LogframeItem> {
    return this.logframe.updateItem(id, body);
  }

  @Post('items/:id/move')
  @HttpCode(200)
  @RequirePermission('indicators.manage')
  moveItem(@Param('id', UuidParam) id: string, @Body() body: MoveLogframeItemDto): Promise<LogframeItem> {
    return this.logframe.moveItem(id, body);
  }

  @Delete('items/:id')
  @HttpCode(204)
  @RequirePermission('indicators.manage')
  removeItem(@Param('id', UuidParam) id: string): Promise<void> {
    return this.logframe.removeItem(id);
  }

  @Post('items/:id/indicators')
  @RequirePermission('indicators.manage')
  createIndicator(
    @Param('id', UuidParam) id: string,
    @Body() body: SaveLogframeIndicatorDto,
  ): Promise<LogframeIndicator> {
    return this.logframe.createIndicator(id, body);
  }

  /** An indicator with its values over time, its disaggregation for the period and the values entered by hand. */
  @Get('indicators/:id')
  @RequirePermission('reports.read')
  indicator(
    @Param('id', UuidParam) id: string,
    @Query() query: LogframePeriodQueryDto,
  ): Promise<LogframeIndicatorDetail> {
    return this.values.detail(id, query);
  }

  @Put('indicators/:id')
  @RequirePermission('indicators.manage')
  updateIndicator(
    @Param('id', UuidParam) id: string,
    @Body() body: SaveLogframeIndicatorDto,
  ): Promise<LogframeIndicator> {
    return this.logframe.updateIndicator(id, body);
  }

  @Delete('indicators/:id')
  @HttpCode(204)
  @RequirePermission('indicators.manage')
  removeIndicator(@Param('id', UuidParam) id: string): Promise<void> {
    return this.logframe.removeIndicator(id);
  }

  /** A value measured outside the product, with its source and an evidence file. */
  @Post('indicators/:id/values')
  @RequirePermission('indicators.manage')
  addValue(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveLogframeValueDto,
  ): Promise<LogframeManualValue> {
    return this.values.add(id, body, caller.id);
  }

  @Delete('values/:id')
  @HttpCode(204)
  @RequirePermission('indicators.manage')
  removeValue(@Param('id', UuidParam) id: string): Promise<void> {
    return this.values.remove(id);
  }

  @Get('values/:id/evidence')
  @RequirePermission('reports.read')
  async evidence(@Param('id', UuidParam) id: string, @Res() response: Response): Promise<void> {
    const file = await this.values.evidence(id);
    response.type(file.mediaType).attachment(file.name).send(file.bytes);
  }

  /** The matrix in the EU's layout as XLSX, in the language asked for (the caller's own by default). */
  @Get('export.xlsx')
  @RequirePermission('reports.read')
  async xlsx(
    @Caller() caller: SignedInPerson,
    @Query() query: LogframeExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const language = query.language ?? caller.language;
    const matrix = logframeMatrix(await this.logframe.logframe(query), language);
    sendDownload(
      response,
      'logframe.xlsx',
      await logframeXlsx(matrix, this.config.certificateIssuer, language),
    );
  }

  @Get('export.pdf')
  @RequirePermission('reports.read')
  async pdf(
    @Caller() caller: SignedInPerson,
    @Query() query: LogframeExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const language = query.language ?? caller.language;
    const matrix = logframeMatrix(await this.logframe.logframe(query), language);
    const pdf = await renderLogframePdf({
      matrix,
      language,
      programmeName: this.config.certificateIssuer,
      generatedAt: new Date(),
    });
    sendDownload(response, 'logframe.pdf', pdf);
  }
}
