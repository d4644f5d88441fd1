import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CertificateAssetEntity } from './certificate-asset.entity';
import type { CertificateImage } from './certificate-image';
import { CertificateTemplateEntity } from './certificate-template.entity';
import type { StoredTemplate } from './stored-template';

/** Trainings' certificate templates and the images they print, kept once by their hash. */
@Injectable()
export class CertificateTemplatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async trainingTitle(trainingId: string): Promise<{ title: { en?: string; tr?: string } } | null> {
    const [training] = await this.db.query('SELECT title FROM trainings WHERE id = $1', [trainingId]);
    return training ?? null;
  }

  /** The training's own template, or null while it has none. */
  ofTraining(
    trainingId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CertificateTemplateEntity | null> {
    return manager.getRepository(CertificateTemplateEntity).findOne({ where: { trainingId } });
  }

  /** Replaces the training's template in the caller's transaction. */
  async save(
    manager: EntityManager,
    trainingId: string,
    template: StoredTemplate,
    updatedBy: string,
  ): Promise<void> {
    await manager
      .getRepository(CertificateTemplateEntity)
      .upsert({ trainingId, ...template, updatedBy, updatedAt: new Date() }, ['trainingId']);
  }

  /** Stores images not stored yet; one already kept under its hash is left as it is. */
  async keepAssets(manager: EntityManager, images: CertificateImage[]): Promise<void> {
    if (!images.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CertificateAssetEntity)
      .values(images.map(({ sha256, mediaType, bytes }) => ({ sha256, mediaType, bytes })))
      .orIgnore()
      .execute();
  }

  assets(manager: EntityManager, shas: string[]): Promise<CertificateAssetEntity[]> {
    return manager.getRepository(CertificateAssetEntity).find({ where: { sha256: In(shas) } });
  }
}
