import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedText, QuestionDefinition, QuizKind, ReviewPolicy } from '@atolye/shared';
import { ModuleVersionEntity } from './module-version.entity';

/** A quiz of a published module version, answer key included; immutable like its version. */
@Entity('quizzes')
@Index('quizzes_module_version_slug_unique', ['moduleVersionId', 'slug'], { unique: true })
export class QuizEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'module_version_id' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: ModuleVersionEntity;

  @Column('text')
  slug: string;

  @Column('text')
  kind: QuizKind;

  @Column('jsonb')
  title: LocalisedText;

  @Column('int', { name: 'pass_mark_percent' })
  passMarkPercent: number;

  @Column('int', { name: 'time_limit_minutes', nullable: true })
  timeLimitMinutes: number | null;

  @Column('int', { name: 'max_attempts' })
  maxAttempts: number;

  @Column('boolean', { name: 'shuffle_questions' })
  shuffleQuestions: boolean;

  @Column('boolean', { name: 'shuffle_options' })
  shuffleOptions: boolean;

  @Column('text', { name: 'review_policy' })
  reviewPolicy: ReviewPolicy;

  @Column('text', { name: 'paired_with', nullable: true })
  pairedWith: string | null;

  /** A knowledge check's lesson slug: offered right after that lesson. */
  @Column('text', { name: 'after_lesson', nullable: true })
  afterLesson: string | null;

  @Column('jsonb')
  questions: QuestionDefinition[];
}
