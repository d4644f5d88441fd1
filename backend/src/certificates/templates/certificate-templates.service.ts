import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CertificateTemplate, CertificateTemplateView } from '@atolye/shared';
import type { SignedInPerson } from '../../access/signed-in-person';
import { AuditService } from '../../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { CertificateAssetEntity } from './certificate-asset.entity';
import { dataUrl, parseCertificateImage, type CertificateImage } from './certificate-image';
import type { CertificateTemplateEntity } from './certificate-template.entity';
import { CertificateTemplatesRepository } from './certificate-templates.repository';
import { templateImages, withImages, type RenderTemplate, type StoredTemplate } from './stored-template';

/** A training's certificate template: read, saved with its images, and loaded for drawing. */
@Injectable()
export class CertificateTemplatesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly templates: CertificateTemplatesRepository,
    private readonly audit: AuditService,
  ) {}

  /** What a training without a template of its own prints: the programme's configured signatory. */
  defaultTemplate(): StoredTemplate {
    return {
      wording: 'completion',
      programmeLogo: null,
      partnerLogos: [],
      signatories: [
        {
          name: this.config.certificateSignatoryName,
          title: this.config.certificateSignatoryTitle,
          signature: null,
        },
      ],
      euFunded: false,
    };
  }

  /** The template certificates of this training are issued with now. */
  async storedFor(manager: EntityManager, trainingId: string): Promise<StoredTemplate> {
    const row = await this.templates.ofTraining(trainingId, manager);
    return row ? stored(row) : this.defaultTemplate();
  }

  async view(trainingId: string): Promise<CertificateTemplateView> {
    await this.requireTraining(trainingId);
    const row = await this.templates.ofTraining(trainingId);
    const template = row ? stored(row) : this.defaultTemplate();
    const images = await this.assets(this.db.manager, templateImages(template));
    const url = (sha: string) => {
      const asset = images.get(sha) as CertificateAssetEntity;
      return dataUrl(asset.mediaType, asset.bytes);
    };
    return {
      trainingId,
      saved: !!row,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      wording: template.wording,
      programmeLogo: template.programmeLogo
        ? { name: template.programmeLogo.name, image: url(template.programmeLogo.image) }
        : null,
      partnerLogos: template.partnerLogos.map((logo) => ({ name: logo.name, image: url(logo.image) })),
      signatories: template.signatories.map((s) => ({
        name: s.name,
        title: s.title,
        signature: s.signature ? url(s.signature) : null,
      })),
      euFunded: template.euFunded,
    };
  }

  /** Checks every image, keeps new ones by their hash and replaces the training's template. */
  async save(
    actor: SignedInPerson,
    trainingId: string,
    request: CertificateTemplate,
  ): Promise<CertificateTemplateView> {
    const training = await this.requireTraining(trainingId);
    const images: CertificateImage[] = [];
    const keep = (field: string, url: string): string => {
      const image = parseCertificateImage(field, url);
      images.push(image);
      return image.sha256;
    };
    const template: StoredTemplate = {
      wording: request.wording,
      programmeLogo: request.programmeLogo
        ? {
            name: request.programmeLogo.name,
            image: keep('programmeLogo.image', request.programmeLogo.image),
          }
        : null,
      partnerLogos: request.partnerLogos.map((logo, i) => ({
        name: logo.name,
        image: keep(`partnerLogos.${i}.image`, logo.image),
      })),
      signatories: request.signatories.map((s, i) => ({
        name: s.name,
        title: s.title,
        signature: s.signature ? keep(`signatories.${i}.signature`, s.signature) : null,
      })),
      euFunded: request.euFunded,
    };
    await this.db.transaction(async (manager) => {
      await this.templates.keepAssets(manager, images);
      const before = await this.templates.ofTraining(trainingId, manager);
      await this.templates.save(manager, trainingId, template, actor.id);
      // Images by their hash: the record says which were printed without holding them.
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'certificate.template_saved',
          subjectType: 'training',
          subjectId: trainingId,
          subjectLabel: training.title.en ?? training.title.tr ?? trainingId,
          before: before ? { ...stored(before) } : null,
          after: { ...template },
        },
        manager,
      );
    });
    return this.view(trainingId);
  }

  /** A stored template with its images' bytes, as the renderer needs it. */
  async forRendering(manager: EntityManager, template: StoredTemplate): Promise<RenderTemplate> {
    const assets = await this.assets(manager, templateImages(template));
    return withImages(template, new Map([...assets].map(([sha, asset]) => [sha, asset.bytes])));
  }

  private async assets(manager: EntityManager, shas: string[]): Promise<Map<string, CertificateAssetEntity>> {
    if (!shas.length) return new Map();
    const rows = await this.templates.assets(manager, shas);
    return new Map(rows.map((row) => [row.sha256, row]));
  }

  private async requireTraining(trainingId: string): Promise<{ title: { en?: string; tr?: string } }> {
    const training = await this.templates.trainingTitle(trainingId);
    if (!training) throw new NotFoundException('No training with this id');
    return training;
  }
}

function stored(row: CertificateTemplateEntity): StoredTemplate {
  return {
    wording: row.wording,
    programmeLogo: row.programmeLogo,
    partnerLogos: row.partnerLogos,
    signatories: row.signatories,
    euFunded: row.euFunded,
  };
}
