import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A scheduled notice already sent, by its key (kind, object, person): the first process to insert
 * the key sends it, every other (a second API instance, a worker, a retried run) finds it taken.
 */
@Entity('notice_claims')
export class NoticeClaimEntity {
  @PrimaryColumn('text')
  key: string;

  @Column('timestamptz', { name: 'claimed_at', default: () => 'now()' })
  claimedAt: Date;
}
