import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AvailabilityPeriod } from '@atolye/shared';
import { PersonEntity } from '../people/person.entity';

/** What a trainer offers; a trainer without a row has an empty profile. */
@Entity('trainer_profiles')
export class TrainerProfileEntity {
  @PrimaryColumn('uuid', { name: 'person_id' })
  personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column('text', { name: 'expertise_areas', array: true, default: () => "'{}'" })
  expertiseAreas: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  @Column('text', { name: 'availability_note', nullable: true })
  availabilityNote: string | null;

  @Column('jsonb', { name: 'available_periods', default: () => "'[]'" })
  availablePeriods: AvailabilityPeriod[];

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
