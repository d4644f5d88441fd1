import { Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { CompletionService } from '../completion/completion.service';
import { CredentialIssuer } from '../credentials/credential-issuer.service';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailNotifications } from '../mail/mail-notifications.service';
import { CertificateRenderer, CURRENT_RENDER_VERSION, sha256 } from './certificate-renderer';
import { CertificateEntity } from './certificate.entity';
import { CertificatesRepository, type CertificateFacts } from './certificates.repository';
import { problem } from '../common/api-problem';
import { CertificateTemplatesService } from './templates/certificate-templates.service';
import type { StoredTemplate } from './templates/stored-template';

export type IssueOutcome = { issued: CertificateEntity } | { skipped: 'already_issued' };

/**
 * Issuing certificates: one at a time, or the eligible ones of a bulk job in its chunk's
 * transaction, and drafts of how one would print. Revoking and re-issuing are in
 * certificate-revocation.service.ts, reading and verifying in certificate-reading.service.ts.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly certificates: CertificatesRepository,
    private readonly completion: CompletionService,
    private readonly enrolments: EnrolmentsService,
    private readonly audit: AuditService,
    private readonly notifications: MailNotifications,
    private readonly renderer: CertificateRenderer,
    private readonly templates: CertificateTemplatesService,
    private readonly credentials: CredentialIssuer,
  ) {}

  verificationUrl(code: string): string {
    return this.renderer.verificationUrl(code);
  }

  /**
   * Issues one certificate in one transaction (serial, record, hash, audit entry), so a crash
   * leaves either a whole certificate or none. Someone not eligible needs an override reason.
   */
  async issue(actor: SignedInPerson, enrolmentId: string, overrideReason?: string): Promise<IssueOutcome> {
    const sessionId = await this.certificates.sessionOfEnrolment(enrolmentId);
    if (!sessionId) throw new NotFoundException('No enrolment with this id');
    const [status] = await this.completion.compute(sessionId, enrolmentId);
    if (!status)
      throw new UnprocessableEntityException(
        problem('certificate.noSeat', 'This person does not hold a seat in the session'),
      );
    if (!status.eligible && !overrideReason) {
      const unmet = status.criteria
        .filter((c) => !c.met)
        .map((c) => `${c.label}${c.value === null ? '' : ` ${c.value} of ${c.required}`}`);
      throw new UnprocessableEntityException(
        problem(
          'certificate.notEligible',
          `${status.fullName} has not completed the training (${unmet.join('; ')}). Give an override reason to issue anyway.`,
          { name: status.fullName },
          [{ field: 'overrideReason', reason: 'needed because a completion criterion is not met' }],
        ),
      );
    }
    return this.db.transaction(async (manager) => {
      await this.certificates.lockEnrolment(manager, enrolmentId);
      if (await this.certificates.hasValid(manager, enrolmentId))
        return { skipped: 'already_issued' as const };
      const certificate = await this.createWithin(manager, actor, enrolmentId, {
        overrideReason: status.eligible ? null : (overrideReason ?? null),
      });
      await this.enrolments.complete(manager, [enrolmentId]);
      await this.recordIssued(manager, actor, certificate);
      await this.notifications.certificatesIssued(manager, [certificate]);
      return { issued: certificate };
    });
  }

  /**
   * Issues the certificates of enrolments found eligible, within the caller's transaction, so
   * they are all issued or none: serials taken in one run in the order given, the records
   * written in one statement. Someone who got a valid certificate meanwhile is skipped; someone
   * whose certificate was revoked meanwhile is left to a coordinator's single decision.
   */
  async issueEligibleWithin(
    manager: EntityManager,
    actor: SignedInPerson,
    enrolmentIds: string[],
    jobId: string,
  ): Promise<{ issued: CertificateEntity[]; skipped: string[] }> {
    await this.certificates.lockEnrolmentsForIssue(manager, enrolmentIds);
    const held = await this.certificates.held(manager, enrolmentIds);
    const holding = new Set(held.map((row) => row.enrolment_id));
    const facts = new Map(
      (
        await this.certificates.factsOf(
          manager,
          enrolmentIds.filter((id) => !holding.has(id)),
        )
      ).map((f) => [f.enrolmentId, f]),
    );
    const toIssue = enrolmentIds.flatMap((id) => {
      const found = facts.get(id);
      return found ? [{ facts: found, overrideReason: null, jobId }] : [];
    });
    const issued = await this.createMany(manager, actor, toIssue);
    await this.enrolments.complete(
      manager,
      issued.map((c) => c.enrolmentId),
    );
    for (const certificate of issued) await this.recordIssued(manager, actor, certificate);
    return { issued, skipped: held.filter((row) => row.valid).map((row) => row.enrolment_id) };
  }

  /** The PDF as it would be issued now, for checking before issuing; nothing is stored. */
  async preview(enrolmentId: string): Promise<Buffer> {
    const facts = await this.certificates.facts(this.db.manager, enrolmentId);
    if (!facts) throw new NotFoundException('No enrolment with this id');
    return this.renderDraft(facts);
  }

  /** A certificate of this training as its template would print it, with a sample holder. */
  async templatePreview(trainingId: string): Promise<Buffer> {
    const training = await this.certificates.trainingForPreview(trainingId);
    if (!training) throw new NotFoundException('No training with this id');
    const today = new Date().toISOString().slice(0, 10);
    return this.renderDraft({
      enrolmentId: '',
      personId: '',
      sessionId: '',
      trainingId,
      holderName: 'Ayşe Yılmaz',
      trainingTitle: training.title,
      sessionTitle: 'Ankara',
      languages: training.languages,
      startsOn: today,
      endsOn: today,
      place: 'Ankara',
      hours: 6,
      modules: [],
    });
  }

  private async renderDraft(facts: CertificateFacts): Promise<Buffer> {
    const { trainingId, ...printed } = facts;
    const template = await this.templates.storedFor(this.db.manager, trainingId);
    const draft = Object.assign(new CertificateEntity(), {
      ...printed,
      ...this.signatory(template),
      serial: 'PREVIEW',
      verificationCode: 'PREVIEW',
      issuedAt: new Date(),
      renderVersion: CURRENT_RENDER_VERSION,
      template,
    });
    return this.renderer.render(draft);
  }

  /** The issuer, and the template's first signatory as the one a certificate names on record. */
  private signatory(template: StoredTemplate) {
    const [first] = template.signatories;
    return {
      issuer: this.config.certificateIssuer,
      signatoryName: first?.name ?? this.config.certificateSignatoryName,
      signatoryTitle: first?.title ?? this.config.certificateSignatoryTitle,
    };
  }

  /** A certificate of one enrolment, in the caller's transaction (issue, or a re-issue). */
  async createWithin(
    manager: EntityManager,
    actor: SignedInPerson,
    enrolmentId: string,
    options: { holderName?: string; replacesId?: string; overrideReason: string | null },
  ): Promise<CertificateEntity> {
    const facts = await this.certificates.facts(manager, enrolmentId);
    if (!facts) throw new NotFoundException('No enrolment with this id');
    const [certificate] = await this.createMany(manager, actor, [{ facts, ...options }]);
    return certificate;
  }

  /** Certificates stating the given facts, numbered in order, rendered, hashed and stored. */
  private async createMany(
    manager: EntityManager,
    actor: SignedInPerson,
    items: {
      facts: CertificateFacts;
      holderName?: string;
      replacesId?: string;
      overrideReason: string | null;
      jobId?: string;
    }[],
  ): Promise<CertificateEntity[]> {
    if (!items.length) return [];
    // Whole seconds: the PDF stores dates to the second, so a re-render gives the same bytes.
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const serials = await this.certificates.nextSerials(manager, issuedAt.getUTCFullYear(), items.length);
    const certificates: CertificateEntity[] = [];
    const templates = new Map<string, StoredTemplate>();
    for (const [i, { facts, ...options }] of items.entries()) {
      const { trainingId, ...printed } = facts;
      if (!templates.has(trainingId))
        templates.set(trainingId, await this.templates.storedFor(manager, trainingId));
      const template = templates.get(trainingId) as StoredTemplate;
      const certificate = Object.assign(new CertificateEntity(), {
        ...printed,
        ...this.signatory(template),
        renderVersion: CURRENT_RENDER_VERSION,
        template,
        holderName: options.holderName ?? facts.holderName,
        serial: serials[i],
        verificationCode: randomBytes(16).toString('base64url'),
        issuedAt,
        issuedBy: actor.id,
        status: 'valid' as const,
        revokedAt: null,
        revokedReason: null,
        replacesId: options.replacesId ?? null,
        overrideReason: options.overrideReason,
        jobId: options.jobId ?? null,
      });
      certificate.sha256 = sha256(await this.renderer.render(certificate, manager));
      certificates.push(certificate);
    }
    // One statement for all; the generated ids are filled in on the entities.
    await this.certificates.insertMany(manager, certificates);
    // Each certificate is also an Open Badge credential, signed in the same transaction.
    await this.credentials.issueWithin(manager, certificates);
    return certificates;
  }

  private recordIssued(manager: EntityManager, actor: SignedInPerson, certificate: CertificateEntity) {
    return this.audit.record(
      {
        actor: { id: actor.id, fullName: actor.fullName },
        action: 'certificate.issued',
        subjectType: 'certificate',
        subjectId: certificate.id,
        subjectLabel: `${certificate.serial} — ${certificate.holderName}`,
        before: null,
        after: {
          serial: certificate.serial,
          holderName: certificate.holderName,
          ...(certificate.overrideReason ? { overrideReason: certificate.overrideReason } : {}),
        },
      },
      manager,
    );
  }
}
