import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CertificateTemplateView } from '@atolye/shared';
import { RequirePermission } from '../../access/access.decorator';
import { Caller, type SignedInPerson } from '../../access/signed-in-person';
import { sendDownload } from '../../common/send-download';
import { UuidParam } from '../../common/uuid-param.pipe';
import { CertificatesService } from '../certificates.service';
import { SaveCertificateTemplateDto } from './certificate-template.dto';
import { CertificateTemplatesService } from './certificate-templates.service';

@ApiTags('certificates')
@Controller('trainings/:id/certificate-template')
export class CertificateTemplatesController {
  constructor(
    private readonly templates: CertificateTemplatesService,
    private readonly certificates: CertificatesService,
  ) {}

  /** The training's template, or the programme's default while it has none. */
  @Get()
  @RequirePermission('certificates.issue')
  get(@Param('id', UuidParam) id: string): Promise<CertificateTemplateView> {
    return this.templates.view(id);
  }

  /** Replaces the template; certificates issued from now on use it, earlier ones keep theirs. */
  @Put()
  @RequirePermission('certificates.issue')
  save(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveCertificateTemplateDto,
  ): Promise<CertificateTemplateView> {
    return this.templates.save(caller, id, body);
  }

  /** A certificate with a sample holder, as the saved template prints it. */
  @Get('preview.pdf')
  @RequirePermission('certificates.issue')
  async preview(@Param('id', UuidParam) id: string, @Res() response: Response): Promise<void> {
    sendDownload(response, 'certificate-template-preview.pdf', await this.certificates.templatePreview(id));
  }
}
