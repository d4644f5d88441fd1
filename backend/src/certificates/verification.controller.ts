import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CertificateVerification } from '@atolye/shared';
import { Public } from '../access/access.decorator';
import { VerificationRateLimit } from '../access/verification-rate-limit.guard';
import { VerifyFileDto } from './certificates.dto';
import { CertificateReadingService } from './certificate-reading.service';

/** Anyone, without an account, checks a certificate by its code or by the PDF itself. */
@ApiTags('certificates')
@Controller('certificates/verify')
@UseGuards(VerificationRateLimit)
export class VerificationController {
  constructor(private readonly certificates: CertificateReadingService) {}

  @Get(':code')
  @Public()
  byCode(@Param('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verify(code);
  }

  /** Whether an uploaded PDF is exactly a certificate that was issued (by its SHA-256). */
  @Post('file')
  @HttpCode(200)
  @Public()
  byFile(@Body() body: VerifyFileDto): Promise<CertificateVerification> {
    return this.certificates.verifyFile(Buffer.from(body.contentBase64, 'base64'));
  }
}
