import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CertificateWording } from '@atolye/shared';
import { TrainingEntity } from '../../trainings/training.entity';
import type { StoredTemplate } from './stored-template';

/** How a training's certificates look; a training without one uses the programme's default. */
@Entity('certificate_templates')
export class CertificateTemplateEntity {
  @PrimaryColumn('uuid', { name: 'training_id' })
  trainingId: string;

  @ManyToOne(() => TrainingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_id' })
  training?: TrainingEntity;

  @Column('text', { default: 'completion' })
  wording: CertificateWording;

  @Column('jsonb', { name: 'programme_logo', nullable: true })
  programmeLogo: StoredTemplate['programmeLogo'];

  @Column('jsonb', { name: 'partner_logos', default: () => "'[]'" })
  partnerLogos: StoredTemplate['partnerLogos'];

  @Column('jsonb')
  signatories: StoredTemplate['signatories'];

  @Column('boolean', { name: 'eu_funded', default: false })
  euFunded: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy: string | null;
}
