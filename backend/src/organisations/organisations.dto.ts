import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  FIELD_LIMITS,
  ORGANISATION_TYPES,
  THEMATIC_AREAS,
  type Organisation,
  type OrganisationOption,
  type OrganisationType,
  type SaveOrganisationRequest,
  type ThematicArea,
} from '@atolye/shared';
import { PageQueryDto } from '../common/pagination.dto';
import type { OrganisationEntity } from './organisation.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SaveOrganisationDto implements SaveOrganisationRequest {
  @Transform(trim)
  @IsString()
  @MinLength(FIELD_LIMITS.organisationNameMin)
  @MaxLength(FIELD_LIMITS.organisationNameMax)
  name: string;

  @IsIn(ORGANISATION_TYPES)
  type: OrganisationType;

  /** ISO 3166-1 alpha-2 country code, e.g. TR. */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code such as TR' })
  country: string;

  @Transform(trim)
  @IsString()
  @MinLength(FIELD_LIMITS.provinceMin)
  @MaxLength(FIELD_LIMITS.provinceMax)
  province: string;

  @IsArray()
  @ArrayMaxSize(THEMATIC_AREAS.length)
  @ArrayUnique()
  @IsIn(THEMATIC_AREAS, { each: true })
  thematicAreas: ThematicArea[];

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be a web address starting with https://' },
  )
  @MaxLength(FIELD_LIMITS.websiteMax)
  website?: string | null;
}

export class OrganisationsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;
}

export class OrganisationOptionsQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export function toOrganisation(entity: OrganisationEntity): Organisation {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    country: entity.country,
    province: entity.province,
    thematicAreas: entity.thematicAreas,
    website: entity.website,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toOrganisationOption(entity: OrganisationEntity): OrganisationOption {
  return { id: entity.id, name: entity.name, province: entity.province, country: entity.country };
}

/** The fields of an organisation the audit log keeps. */
export function organisationAuditView(entity: OrganisationEntity): Record<string, unknown> {
  return {
    name: entity.name,
    type: entity.type,
    country: entity.country,
    province: entity.province,
    thematicAreas: entity.thematicAreas,
    website: entity.website,
  };
}
