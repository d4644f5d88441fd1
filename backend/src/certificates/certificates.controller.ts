import { Body, ConflictException, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { loadArchiver } from '../common/archiver';
import type { Response } from 'express';
import type { CertificateJob, CertificateSummary, EnrolmentCompletion } from '@atolye/shared';
import { RequirePermission, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import { CompletionService } from '../completion/completion.service';
import { CertificateJobsService } from './certificate-jobs.service';
import { IssueCertificateDto, ReissueCertificateDto, RevokeCertificateDto } from './certificates.dto';
import { CertificateReadingService } from './certificate-reading.service';
import { CertificateRevocationService } from './certificate-revocation.service';
import { CertificatesService } from './certificates.service';
import { problem } from '../common/api-problem';

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly reading: CertificateReadingService,
    private readonly revocation: CertificateRevocationService,
    private readonly jobs: CertificateJobsService,
    private readonly completion: CompletionService,
  ) {}

  /** Everyone in the session with each completion criterion met or not, and who is eligible. */
  @Get('sessions/:id/completion')
  @RequirePermission('sessions.manage', 'sessions.teach')
  completionOf(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
  ): Promise<EnrolmentCompletion[]> {
    return this.completion.forSession(caller, id);
  }

  @Post('certificates')
  @RequirePermission('certificates.issue')
  async issue(
    @Caller() caller: SignedInPerson,
    @Body() body: IssueCertificateDto,
  ): Promise<CertificateSummary> {
    const outcome = await this.certificates.issue(caller, body.enrolmentId, body.overrideReason);
    if ('skipped' in outcome)
      throw new ConflictException(
        problem('certificate.alreadyHeld', 'This person already holds a valid certificate for this session'),
      );
    return this.reading.summary(outcome.issued);
  }

  /** The certificate as it would be issued now, before issuing it. */
  @Get('enrolments/:id/certificate-preview.pdf')
  @RequirePermission('certificates.issue')
  async preview(@Param('id', UuidParam) id: string, @Res() response: Response): Promise<void> {
    sendDownload(response, 'certificate-preview.pdf', await this.certificates.preview(id));
  }

  /** Issues all eligible people's certificates as a job; poll it for progress. */
  @Post('sessions/:id/certificate-jobs')
  @RequirePermission('certificates.issue')
  startJob(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<CertificateJob> {
    return this.jobs.start(caller, id);
  }

  @Get('certificate-jobs/:id')
  @RequirePermission('certificates.issue')
  job(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<CertificateJob> {
    return this.jobs.get(caller, id);
  }

  @Get('sessions/:id/certificates')
  @RequirePermission('certificates.issue', 'sessions.teach')
  async ofSession(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
  ): Promise<CertificateSummary[]> {
    return (await this.reading.ofSession(caller, id)).map((c) => this.reading.summary(c));
  }

  /** Every valid certificate of a session as one ZIP of PDFs. */
  @Get('sessions/:id/certificates.zip')
  @RequirePermission('certificates.issue')
  async zip(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const certificates = (await this.reading.ofSession(caller, id)).filter((c) => c.status === 'valid');
    response.type('application/zip').attachment(`certificates-${id.slice(0, 8)}.zip`);
    const archive = loadArchiver()('zip', { zlib: { level: 6 } });
    archive.pipe(response);
    for (const certificate of certificates) {
      archive.append(await this.reading.render(certificate), { name: `${certificate.serial}.pdf` });
    }
    await archive.finalize();
  }

  @Get('my/certificates')
  @SignedIn()
  mine(@Caller() caller: SignedInPerson): Promise<CertificateSummary[]> {
    return this.reading.mine(caller);
  }

  /** The PDF: its holder, the session's trainers and coordinators. */
  @Get('certificates/:id/pdf')
  @SignedIn()
  async pdf(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { certificate, pdf } = await this.reading.pdf(caller, id);
    sendDownload(response, `${certificate.serial}.pdf`, pdf);
  }

  @Post('certificates/:id/revoke')
  @HttpCode(200)
  @RequirePermission('certificates.issue')
  revoke(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: RevokeCertificateDto,
  ): Promise<CertificateSummary> {
    return this.revocation.revoke(caller, id, body.reason);
  }

  /** Issues a corrected certificate that replaces (and revokes) this one. */
  @Post('certificates/:id/reissue')
  @RequirePermission('certificates.issue')
  reissue(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: ReissueCertificateDto,
  ): Promise<CertificateSummary> {
    return this.revocation.reissue(caller, id, body.holderName, body.reason);
  }
}
