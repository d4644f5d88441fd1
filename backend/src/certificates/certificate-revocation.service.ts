import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CertificateSummary } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { problem } from '../common/api-problem';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { MailNotifications } from '../mail/mail-notifications.service';
import type { CertificateEntity } from './certificate.entity';
import { CertificateReadingService } from './certificate-reading.service';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';

/** Revoking a certificate, and re-issuing a corrected one in place of the one it revokes. */
@Injectable()
export class CertificateRevocationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certificates: CertificatesRepository,
    private readonly issuing: CertificatesService,
    private readonly reading: CertificateReadingService,
    private readonly enrolments: EnrolmentsService,
    private readonly audit: AuditService,
    private readonly notifications: MailNotifications,
  ) {}

  async revoke(actor: SignedInPerson, id: string, reason: string): Promise<CertificateSummary> {
    await this.db.transaction(async (manager) => {
      const certificate = await this.certificates.lockForChange(manager, id);
      if (!certificate) throw new NotFoundException('No certificate with this id');
      if (certificate.status === 'revoked')
        throw new ConflictException(
          problem('certificate.alreadyRevoked', 'This certificate is already revoked'),
        );
      await this.revokeWithin(manager, actor, certificate, reason);
      await this.enrolments.uncomplete(manager, certificate.enrolment_id);
      await this.notifications.certificateRevoked(manager, id, reason);
    });
    return this.reading.summary((await this.certificates.findById(id)) as CertificateEntity);
  }

  /** A corrected certificate (e.g. the name) replacing the old one, which is revoked. */
  async reissue(
    actor: SignedInPerson,
    id: string,
    holderName: string,
    reason: string,
  ): Promise<CertificateSummary> {
    const created = await this.db.transaction(async (manager) => {
      const old = await this.certificates.lockForChange(manager, id);
      if (!old) throw new NotFoundException('No certificate with this id');
      if (old.status === 'revoked')
        throw new ConflictException(
          problem(
            'certificate.revokedCannotBeReissued',
            'A revoked certificate cannot be re-issued; issue a new one',
          ),
        );
      await this.revokeWithin(manager, actor, old, `Replaced: ${reason}`);
      const certificate = await this.issuing.createWithin(manager, actor, old.enrolment_id, {
        holderName,
        replacesId: id,
        overrideReason: null,
      });
      await this.notifications.certificateReissued(manager, certificate.id, old.serial);
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'certificate.reissued',
          subjectType: 'certificate',
          subjectId: certificate.id,
          subjectLabel: `${certificate.serial} — ${certificate.holderName}`,
          before: { serial: old.serial, holderName: old.holder_name },
          after: { serial: certificate.serial, holderName: certificate.holderName, reason },
        },
        manager,
      );
      return certificate;
    });
    return this.reading.summary(created);
  }

  private async revokeWithin(
    manager: EntityManager,
    actor: SignedInPerson,
    certificate: { id: string; serial: string; holder_name: string },
    reason: string,
  ): Promise<void> {
    await this.certificates.markRevoked(manager, certificate.id, reason);
    await this.audit.record(
      {
        actor: { id: actor.id, fullName: actor.fullName },
        action: 'certificate.revoked',
        subjectType: 'certificate',
        subjectId: certificate.id,
        subjectLabel: `${certificate.serial} — ${certificate.holder_name}`,
        before: { status: 'valid' },
        after: { status: 'revoked', reason },
      },
      manager,
    );
  }
}
