import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@atolye/shared';
import type { Localised } from './content-model';

/** A published version of a module. Never updated: a change needs a new version. */
@Entity('module_versions')
@Index('module_versions_slug_version_unique', ['slug', 'version'], { unique: true })
export class ModuleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  slug: string;

  @Column('text')
  version: string;

  @Column('jsonb')
  title: Localised;

  @Column('jsonb')
  summary: Localised;

  @Column('jsonb')
  objectives: Localised[];

  @Column('text', { array: true })
  topics: string[];

  @Column('text', { array: true })
  languages: Language[];

  @Column('int', { name: 'estimated_minutes' })
  estimatedMinutes: number;

  @Column('jsonb')
  authors: { name: string; organisation?: string }[];

  @Column('text')
  licence: string;

  @Column('jsonb')
  changelog: { version: string; date: string; changes: Localised }[];

  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Column('timestamptz', { name: 'published_at', default: () => 'now()' })
  publishedAt: Date;
}
