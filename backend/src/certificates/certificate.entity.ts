import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateStatus, Language, LocalisedText } from '@atolye/shared';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';
import { CertificateJobEntity } from './certificate-job.entity';
import type { StoredTemplate } from './templates/stored-template';

/**
 * An issued certificate. Everything printed on it is stored, so the PDF can be rendered again
 * byte for byte and its SHA-256 checked; files need not be kept.
 */
@Entity('certificates')
// A person holds at most one valid certificate per enrolment: a retried bulk issue cannot make two.
@Index('certificates_one_valid_per_enrolment', ['enrolmentId'], { unique: true, where: `status = 'valid'` })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('certificates_serial_unique', { unique: true })
  @Column('text')
  serial: string;

  @Index('certificates_verification_code_unique', { unique: true })
  @Column('text', { name: 'verification_code' })
  verificationCode: string;

  @Index('certificates_enrolment_idx')
  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Index('certificates_session_idx')
  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('text', { name: 'holder_name' })
  holderName: string;

  @Column('jsonb', { name: 'training_title' })
  trainingTitle: LocalisedText;

  @Column('text', { name: 'session_title' })
  sessionTitle: string;

  @Column('text', { array: true })
  languages: Language[];

  @Column('date', { name: 'starts_on', nullable: true })
  startsOn: string | null;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Column('text')
  place: string;

  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  hours: number;

  @Column('jsonb')
  modules: { title: LocalisedText; version: string }[];

  @Column('text')
  issuer: string;

  @Column('text', { name: 'signatory_name' })
  signatoryName: string;

  @Column('text', { name: 'signatory_title' })
  signatoryTitle: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt: Date;

  @Column('uuid', { name: 'issued_by' })
  issuedBy: string;

  @Column('text')
  sha256: string;

  /**
   * Which renderer drew it: 1 for certificates issued before templates, 2 since. Each version's
   * renderer is kept unchanged, so every certificate renders to its stored SHA-256.
   */
  @Column('integer', { name: 'render_version', default: 1 })
  renderVersion: number;

  /** The training's template as it was at issue (version 2 on); its images never change. */
  @Column('jsonb', { nullable: true })
  template: StoredTemplate | null;

  @Column('text', { default: 'valid' })
  status: CertificateStatus;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('text', { name: 'revoked_reason', nullable: true })
  revokedReason: string | null;

  @Column('uuid', { name: 'replaces_id', nullable: true })
  replacesId: string | null;

  @Column('text', { name: 'override_reason', nullable: true })
  overrideReason: string | null;

  /** The bulk issue that made it, if one did: a resumed job counts what it issued from these. */
  @Index('certificates_job_idx')
  @Column('uuid', { name: 'job_id', nullable: true })
  jobId: string | null;

  @ManyToOne(() => CertificateJobEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'job_id' })
  job?: CertificateJobEntity;
}
