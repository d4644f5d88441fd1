import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { GiftConversion } from '@atolye/shared';
import { RequirePermission } from '../../access/access.decorator';
import { sendDownload } from '../../common/send-download';
import { GiftConversionDto, GiftLanguageQueryDto } from './gift.dto';
import { GiftService } from './gift.service';

@ApiTags('modules')
@Controller()
export class GiftController {
  constructor(private readonly gift: GiftService) {}

  /**
   * Reads GIFT files (one per language) into a quiz: every question as it will be asked, every
   * problem by line, and the quiz file to add to the module. Nothing is stored.
   */
  @Post('quiz-files/from-gift')
  @HttpCode(200)
  @RequirePermission('content.preview')
  convert(@Body() body: GiftConversionDto): GiftConversion {
    return this.gift.convert(body);
  }

  /** A published quiz as Moodle GIFT, in one language. */
  @Get('modules/:slug/versions/:version/quizzes/:quiz/gift')
  @RequirePermission('content.preview')
  async export(
    @Param('slug') slug: string,
    @Param('version') version: string,
    @Param('quiz') quiz: string,
    @Query() query: GiftLanguageQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.gift.export(slug, version, quiz, query.lang);
    sendDownload(response, file.fileName, file.text);
  }
}
