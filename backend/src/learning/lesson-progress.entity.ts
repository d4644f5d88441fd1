import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LessonEntity } from '../content/lesson.entity';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';

/** A lesson an enrolled person marked as complete. */
@Entity('lesson_progress')
export class LessonProgressEntity {
  @PrimaryColumn('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @PrimaryColumn('uuid', { name: 'lesson_id' })
  lessonId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @ManyToOne(() => LessonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: LessonEntity;

  @Column('timestamptz', { name: 'completed_at', default: () => 'now()' })
  completedAt: Date;
}
