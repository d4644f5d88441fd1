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
import type { LegalForm, OrganisationType, ProvinceCode, TargetGroup, ThematicArea } from '@atolye/shared';
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
  thematicAreas: ThematicArea[];

  @Column('text', { nullable: true })
  website: string | null;

  // The profile, kept by the organisation's focal people and by coordinators.
  @Column('text', { name: 'legal_form', nullable: true })
  legalForm: LegalForm | null;

  @Column('int', { name: 'year_founded', nullable: true })
  yearFounded: number | null;

  @Column('int', { name: 'staff_women', nullable: true })
  staffWomen: number | null;

  @Column('int', { name: 'staff_men', nullable: true })
  staffMen: number | null;

  @Column('int', { name: 'staff_other', nullable: true })
  staffOther: number | null;

  @Column('int', { name: 'volunteers_women', nullable: true })
  volunteersWomen: number | null;

  @Column('int', { name: 'volunteers_men', nullable: true })
  volunteersMen: number | null;

  @Column('int', { name: 'volunteers_other', nullable: true })
  volunteersOther: number | null;

  @Column('text', { array: true, name: 'work_provinces', default: () => "'{}'" })
  workProvinces: ProvinceCode[];

  @Column('text', { array: true, name: 'work_countries', default: () => "'{}'" })
  workCountries: string[];

  @Column('text', { array: true, name: 'target_groups', default: () => "'{}'" })
  targetGroups: TargetGroup[];

  @Column('text', { array: true, default: () => "'{}'" })
  networks: string[];

  @Column('text', { name: 'thematic_areas_other', nullable: true })
  thematicAreasOther: string | null;

  @Column('text', { name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column('text', { name: 'contact_role', nullable: true })
  contactRole: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Column('timestamptz', { name: 'profile_updated_at', nullable: true })
  profileUpdatedAt: Date | null;

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
