import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Answer } from '@atolye/shared';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';
import type { AttemptLayout, Grade } from './grading';
import { QuizEntity } from '../content/quiz.entity';

/** One attempt at a quiz. Written to only while open; graded once, on submission or at the deadline. */
@Entity('quiz_attempts')
@Index('quiz_attempts_number_unique', ['quizId', 'enrolmentId', 'number'], { unique: true })
@Index('quiz_attempts_enrolment_idx', ['enrolmentId'])
// At most one open attempt per trainee and quiz, even when "start" is pressed twice at once.
@Index('quiz_attempts_one_open', ['quizId', 'enrolmentId'], { unique: true, where: 'submitted_at IS NULL' })
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'quiz_id' })
  quizId: string;

  @ManyToOne(() => QuizEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id' })
  quiz?: QuizEntity;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('int')
  number: number;

  @Column('jsonb')
  layout: AttemptLayout;

  @Column('jsonb', { default: () => "'{}'" })
  answers: Record<string, Answer>;

  @Column('timestamptz', { name: 'started_at', default: () => 'now()' })
  startedAt: Date;

  @Column('timestamptz', { name: 'deadline_at', nullable: true })
  deadlineAt: Date | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('numeric', {
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  score: number | null;

  @Column('numeric', {
    name: 'max_score',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  maxScore: number;

  @Column('numeric', {
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  percent: number | null;

  @Column('boolean', { nullable: true })
  passed: boolean | null;

  @Column('jsonb', { nullable: true })
  graded: Grade['perQuestion'] | null;
}
