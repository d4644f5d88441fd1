import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { renderCertificateV1 } from './certificate-pdf-v1';
import { renderCertificateV2 } from './certificate-pdf-v2';
import type { CertificateEntity } from './certificate.entity';
import { CertificateTemplatesService } from './templates/certificate-templates.service';

/** The render version new certificates are issued with. */
export const CURRENT_RENDER_VERSION = 2;

/**
 * Draws a certificate with the renderer of the version it was issued with: each version's
 * renderer stays as it was, so every certificate keeps rendering to its stored SHA-256.
 */
@Injectable()
export class CertificateRenderer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly templates: CertificateTemplatesService,
  ) {}

  verificationUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${code}`;
  }

  async render(certificate: CertificateEntity, manager: EntityManager = this.db.manager): Promise<Buffer> {
    const url = this.verificationUrl(certificate.verificationCode);
    if (certificate.renderVersion === 1 || !certificate.template)
      return renderCertificateV1(certificate, url);
    return renderCertificateV2(
      certificate,
      await this.templates.forRendering(manager, certificate.template),
      url,
    );
  }
}

/** The hash a certificate stores of its PDF, by which an uploaded file is recognised. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
