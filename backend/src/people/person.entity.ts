import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Gender, Language, OptionalMailKind, Role } from '@atolye/shared';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so the unique index also makes sign-in case-insensitive. */
  @Index('people_email_unique', { unique: true })
  @Column('text')
  email: string;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text', { array: true, default: () => "'{trainee}'" })
  roles: Role[];

  @Column('boolean', { default: false })
  disabled: boolean;

  @Column('text', { default: 'en' })
  language: Language;

  @Column('text', { default: 'undeclared' })
  gender: Gender;

  @Index('people_organisation_idx')
  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  /** Secret part of the person's private calendar feed address; reset to revoke old links. */
  @Index('people_calendar_token_unique', { unique: true })
  @Column('text', { name: 'calendar_token', nullable: true })
  calendarToken: string | null;

  /** The optional mails the person switched off (reminders, digests); their notifications stay. */
  @Column('text', { name: 'mail_opt_outs', array: true, default: () => "'{}'" })
  mailOptOuts: OptionalMailKind[];

  /** Secret part of the person's unsubscribe links; made with the first optional mail. */
  @Index('people_unsubscribe_token_unique', { unique: true })
  @Column('text', { name: 'unsubscribe_token', nullable: true })
  unsubscribeToken: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
