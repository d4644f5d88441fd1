import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { credentialFile, signCredential } from './credential-jwt';
import { CredentialKeys } from './credential-keys';
import { CredentialsRepository } from './credentials.repository';
import { openBadgeCredential } from './open-badge-credential';

/**
 * Issues each certificate's Open Badge credential once and keeps it: a credential, once signed,
 * is handed out unchanged. Revoking the certificate flips its bit in the status list; a
 * re-issued certificate is a new certificate with a credential of its own.
 */
@Injectable()
export class CredentialIssuer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CredentialsRepository,
    private readonly keys: CredentialKeys,
  ) {}

  /** Signs and stores the credentials of these certificates within the caller's transaction. */
  async issueWithin(manager: EntityManager, certificates: { id: string }[]): Promise<void> {
    if (!certificates.length) return;
    const certificateIds = certificates.map((c) => c.id);
    const key = await this.keys.signingKey();
    const facts = await this.repository.facts(manager, certificateIds);
    const indexes = await this.repository.nextStatusIndexes(manager, facts.length);
    const issuer = { publicUrl: this.config.publicUrl, issuerName: this.config.certificateIssuer };
    const credentials = await Promise.all(
      facts.map(async (f, i) => ({
        certificateId: f.certificateId,
        statusIndex: indexes[i],
        jwt: await signCredential(
          openBadgeCredential(f, issuer, indexes[i], randomBytes(12).toString('base64url')),
          key,
        ),
      })),
    );
    await this.repository.insert(manager, key.kid, credentials);
  }

  /**
   * The holder's credential file. Certificates issued before credentials existed get theirs on
   * first download, and keep it from then on.
   */
  async fileFor(caller: SignedInPerson, certificateId: string): Promise<Record<string, unknown>> {
    if ((await this.repository.holderOf(certificateId)) !== caller.id)
      throw new NotFoundException('No certificate of yours has this id');
    let stored = await this.repository.findByCertificate(certificateId);
    if (!stored) {
      await this.db.transaction((manager) => this.issueWithin(manager, [{ id: certificateId }]));
      stored = await this.repository.findByCertificate(certificateId);
    }
    return credentialFile((stored as { jwt: string }).jwt);
  }

  /** The signed credential of a certificate, if it has one (for checking an upload against). */
  stored(certificateId: string) {
    return this.repository.findByCertificate(certificateId);
  }
}
