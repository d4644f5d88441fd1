import {
  BeforeInsert,
  BeforeUpdate,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { OrganisationType } from '@atolye/shared';
import { organisationNameKey } from './organisation-name-key';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** The name folded for comparison (see organisationNameKey); unique, so duplicates are refused. */
  @Index('organisations_name_key_unique', { unique: true })
  @Column('text', { name: 'name_key' })
  nameKey: string;

  @Column('text')
  type: OrganisationType;

  @Column('char', { length: 2 })
  country: string;

  @Column('text')
  province: string;

  @Column('text', { array: true, name: 'thematic_areas', default: () => "'{}'" })
  thematicAreas: string[];

  @Column('text', { nullable: true })
  website: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected foldName(): void {
    this.nameKey = organisationNameKey(this.name);
  }
}
