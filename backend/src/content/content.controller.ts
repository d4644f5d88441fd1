import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { LessonContent, ModuleVersionDetail, ModuleVersionSummary } from '@atolye/shared';
import { Public, RequirePermission } from '../access/access.decorator';
import { LessonLanguageQueryDto } from './content.dto';
import { ContentService } from './content.service';

@ApiTags('modules')
@Controller('modules')
export class ContentController {
  constructor(private readonly content: ContentService) {}

  /** Every published module version, newest first per module. */
  @Get()
  @RequirePermission('content.preview')
  list(): Promise<ModuleVersionSummary[]> {
    return this.content.listVersions();
  }

  @Get(':slug/versions/:version')
  @RequirePermission('content.preview')
  get(@Param('slug') slug: string, @Param('version') version: string): Promise<ModuleVersionDetail> {
    return this.content.getVersion(slug, version);
  }

  /** Previews a lesson of any published version (trainers and coordinators). */
  @Get(':slug/versions/:version/lessons/:lesson')
  @RequirePermission('content.preview')
  lesson(
    @Param('slug') slug: string,
    @Param('version') version: string,
    @Param('lesson') lesson: string,
    @Query() query: LessonLanguageQueryDto,
  ): Promise<LessonContent> {
    return this.content.getLesson(slug, version, lesson, query.lang);
  }

  /**
   * Images and downloadable templates of published lessons; public like any course material, and
   * never changing. Templates (documents, sheets) download rather than open in the page.
   */
  @Get(':slug/versions/:version/media/:name')
  @Public()
  async media(
    @Param('slug') slug: string,
    @Param('version') version: string,
    @Param('name') name: string,
    @Res() response: Response,
  ): Promise<void> {
    const media = await this.content.getMedia(slug, version, name);
    response.setHeader('Content-Type', media.contentType);
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    if (!media.contentType.startsWith('image/'))
      response.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(media.name)}`,
      );
    response.send(media.bytes);
  }
}
