import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Requests counted per key (e.g. an address) and one-minute window, shared by all instances. */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn('text')
  key: string;

  @PrimaryColumn('timestamptz', { name: 'window_start' })
  windowStart: Date;

  @Column('int')
  count: number;
}
