import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A password-reset link that was mailed. Only the SHA-256 of its random token is stored; it works
 * once, until `expiresAt`.
 */
@Entity('password_reset_tokens')
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('password_reset_tokens_hash_unique', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Index('password_reset_tokens_person_idx')
  @Column('uuid', { name: 'person_id' })
  personId: string;

  // Named rather than imported: access sits below people, which imports it.
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: unknown;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
