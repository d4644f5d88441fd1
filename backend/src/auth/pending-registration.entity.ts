import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Gender, Language } from '@atolye/shared';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * A registration waiting for its address to be confirmed: the account is opened from it only when
 * the link mailed to that address is followed, so nobody can open or take an account for an
 * address they cannot read. Only the SHA-256 of the link's token is stored.
 */
@Entity('pending_registrations')
export class PendingRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('pending_registrations_hash_unique', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Index('pending_registrations_email_idx')
  @Column('text')
  email: string;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text')
  language: Language;

  @Column('text')
  gender: Gender;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
