import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed sign-in, kept for the throttling window; counted per account and per address. */
@Entity('login_failures')
@Index('login_failures_email_at_idx', ['email', 'at'])
@Index('login_failures_address_at_idx', ['address', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  address: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
