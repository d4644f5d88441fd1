import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One registration request, whether or not the address has an account, kept for the throttling
 * window and counted per email and per client address.
 */
@Entity('registration_requests')
@Index('registration_requests_email_at_idx', ['email', 'at'])
@Index('registration_requests_address_at_idx', ['address', 'at'])
export class RegistrationRequestEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  address: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
