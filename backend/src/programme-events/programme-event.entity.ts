import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AgendaItem, CostItem, ProgrammeEventKind, Speaker } from '@atolye/shared';
import { PersonEntity } from '../people/person.entity';

/** A follow-up action as stored; the owner's name is read from people when shown. */
export interface StoredFollowUpAction {
  id: string;
  description: string;
  ownerId: string;
  dueOn: string;
  done: boolean;
}

/** A study visit, workshop or conference of the programme. */
@Entity('programme_events')
export class ProgrammeEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_programme_events' })
  id: string;

  @Column('text')
  kind: ProgrammeEventKind;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Index('programme_events_starts_on_idx')
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Column('text')
  city: string;

  @Column('char', { length: 2 })
  country: string;

  @Column('text', { name: 'host_organisations', array: true, default: () => "'{}'" })
  hostOrganisations: string[];

  @Column('jsonb', { default: () => "'[]'" })
  agenda: AgendaItem[];

  @Column('jsonb', { default: () => "'[]'" })
  costs: CostItem[];

  @Column('jsonb', { default: () => "'[]'" })
  speakers: Speaker[];

  @Column('jsonb', { name: 'follow_up_actions', default: () => "'[]'" })
  followUpActions: StoredFollowUpAction[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@Entity('programme_event_participants')
export class ProgrammeEventParticipantEntity {
  @PrimaryColumn('uuid', { name: 'event_id', primaryKeyConstraintName: 'PK_programme_event_participants' })
  eventId: string;

  @Index('programme_event_participants_person_idx')
  @PrimaryColumn('uuid', { name: 'person_id', primaryKeyConstraintName: 'PK_programme_event_participants' })
  personId: string;

  @ManyToOne(() => ProgrammeEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_programme_event_participants_event' })
  event?: ProgrammeEventEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_programme_event_participants_person' })
  person?: PersonEntity;
}

/** A participant's short report on a study visit: what they learned and what they will apply. */
@Entity('programme_event_reports')
export class ProgrammeEventReportEntity {
  @PrimaryColumn('uuid', { name: 'event_id', primaryKeyConstraintName: 'PK_programme_event_reports' })
  eventId: string;

  @PrimaryColumn('uuid', { name: 'person_id', primaryKeyConstraintName: 'PK_programme_event_reports' })
  personId: string;

  @ManyToOne(() => ProgrammeEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_programme_event_reports_event' })
  event?: ProgrammeEventEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_programme_event_reports_person' })
  person?: PersonEntity;

  @Column('text')
  learned: string;

  @Column('text', { name: 'will_apply' })
  willApply: string;

  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' })
  submittedAt: Date;
}
