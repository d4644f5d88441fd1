import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationType } from '@atolye/shared';

@Entity('organisations')
@Index('organisations_name_unique', { synchronize: false })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

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
}
