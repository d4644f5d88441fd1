import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ModuleVersionEntity } from './module-version.entity';

/** An image of a published module version, kept with it so the version stays whole. */
@Entity('module_media')
@Index('module_media_version_name_unique', ['moduleVersionId', 'name'], { unique: true })
export class ModuleMediaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'module_version_id' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: ModuleVersionEntity;

  @Column('text')
  name: string;

  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('bytea')
  bytes: Buffer;
}
