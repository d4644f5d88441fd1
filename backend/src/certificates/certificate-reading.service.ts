import { ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { can, type CertificateSummary, type CertificateVerification } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { problem } from '../common/api-problem';
import { CertificateRenderer, sha256 } from './certificate-renderer';
import type { CertificateEntity } from './certificate.entity';
import { CertificatesRepository } from './certificates.repository';

/**
 * Certificates as their readers see them: the PDF for its holder, the session's trainers and
 * coordinators, lists of them, and the public check by verification code or by the file itself.
 */
@Injectable()
export class CertificateReadingService {
  private readonly logger = new Logger(CertificateReadingService.name);

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly renderer: CertificateRenderer,
  ) {}

  /** The stored certificate rendered again; its bytes must hash to the stored SHA-256. */
  async pdf(caller: SignedInPerson, id: string): Promise<{ certificate: CertificateEntity; pdf: Buffer }> {
    const certificate = await this.certificates.findById(id);
    if (!certificate) throw new NotFoundException('No certificate with this id');
    await this.checkReader(caller, certificate);
    const pdf = await this.renderer.render(certificate);
    if (sha256(pdf) !== certificate.sha256)
      this.logger.error(`Certificate ${certificate.serial} no longer renders to its stored hash`);
    return { certificate, pdf };
  }

  /** A stored certificate drawn again, by the renderer of its version. */
  render(certificate: CertificateEntity): Promise<Buffer> {
    return this.renderer.render(certificate);
  }

  async verify(code: string): Promise<CertificateVerification> {
    const certificate = /^[A-Za-z0-9_-]{22}$/.test(code) ? await this.certificates.findByCode(code) : null;
    if (!certificate)
      throw new NotFoundException('No certificate has this verification code. Check the code and try again.');
    return this.verification(certificate);
  }

  /** Whether an uploaded PDF is byte for byte a certificate that was issued. */
  async verifyFile(pdf: Buffer): Promise<CertificateVerification> {
    const certificate = await this.certificates.findBySha256(sha256(pdf));
    if (!certificate)
      throw new NotFoundException(
        'This file does not match any issued certificate: it may have been altered, or was not issued here.',
      );
    return this.verification(certificate);
  }

  async mine(caller: SignedInPerson): Promise<CertificateSummary[]> {
    return (await this.certificates.ofPerson(caller.id)).map((c) => this.summary(c));
  }

  async ofSession(caller: SignedInPerson, sessionId: string): Promise<CertificateEntity[]> {
    const trainerIds = await this.certificates.trainersOfSession(sessionId);
    if (!trainerIds) throw new NotFoundException('No session with this id');
    if (!can(caller.roles, 'certificates.issue') && !trainerIds.includes(caller.id))
      throw new ForbiddenException(
        problem('session.notYourSession', 'You are not a trainer of this session'),
      );
    return this.certificates.ofSession(sessionId);
  }

  summary(certificate: CertificateEntity): CertificateSummary {
    return {
      id: certificate.id,
      serial: certificate.serial,
      holderName: certificate.holderName,
      trainingTitle: certificate.trainingTitle,
      sessionTitle: certificate.sessionTitle,
      languages: certificate.languages,
      startsOn: certificate.startsOn,
      endsOn: certificate.endsOn,
      hours: certificate.hours,
      issuedAt: certificate.issuedAt.toISOString(),
      status: certificate.status,
      revokedAt: certificate.revokedAt?.toISOString() ?? null,
      revokedReason: certificate.revokedReason,
      replacesId: certificate.replacesId,
      verificationCode: certificate.verificationCode,
      verificationUrl: this.renderer.verificationUrl(certificate.verificationCode),
    };
  }

  private verification(certificate: CertificateEntity): CertificateVerification {
    return {
      status: certificate.status,
      revokedAt: certificate.revokedAt?.toISOString() ?? null,
      holderName: certificate.holderName,
      trainingTitle: certificate.trainingTitle,
      startsOn: certificate.startsOn,
      endsOn: certificate.endsOn,
      issuer: certificate.issuer,
      serial: certificate.serial,
    };
  }

  private async checkReader(caller: SignedInPerson, certificate: CertificateEntity): Promise<void> {
    if (certificate.personId === caller.id || can(caller.roles, 'certificates.issue')) return;
    const trainerIds = await this.certificates.trainersOfSession(certificate.sessionId);
    if (!trainerIds?.includes(caller.id)) throw new NotFoundException('No certificate with this id');
  }
}
