import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@atolye/shared';
import { ModuleVersionEntity } from './module-version.entity';

export interface StoredLessonTranslation {
  language: Language;
  title: string;
  html: string;
  /** Absent in lessons published before lessons carried it. */
  verifiedOn?: string;
}

/** A lesson of a published module version, with its sanitised HTML per language. */
@Entity('lessons')
@Index('lessons_module_version_slug_unique', ['moduleVersionId', 'slug'], { unique: true })
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'module_version_id' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: ModuleVersionEntity;

  @Column('text')
  slug: string;

  @Column('int')
  position: number;

  @Column('int', { name: 'estimated_minutes' })
  estimatedMinutes: number;

  /** Same hash in two versions: the lesson did not change, so progress on it carries over. */
  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Column('jsonb')
  translations: StoredLessonTranslation[];
}
