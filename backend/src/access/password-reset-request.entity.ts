import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One password-reset request, whether or not the address has an account, kept for the
 * throttling window and counted per email and per client address.
 */
@Entity('password_reset_requests')
@Index('password_reset_requests_email_at_idx', ['email', 'at'])
@Index('password_reset_requests_address_at_idx', ['address', 'at'])
export class PasswordResetRequestEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  address: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
