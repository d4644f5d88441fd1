import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  LEGAL_FORMS,
  ORGANISATION_TYPES,
  PROFILE_LIMITS,
  PROVINCE_CODES,
  TARGET_GROUPS,
  THEMATIC_AREAS,
  type LegalForm,
  type MappedOrganisation,
  type OrganisationContact,
  type OrganisationMapQuery,
  type OrganisationProfile,
  type OrganisationType,
  type PeopleByGender,
  type ProvinceCode,
  type SaveOrganisationProfileRequest,
  type TargetGroup,
  type ThematicArea,
} from '@atolye/shared';
import { PageQueryDto } from '../common/pagination.dto';
import type { OrganisationEntity } from './organisation.entity';

const trimOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;
const upperEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value;

export class PeopleByGenderDto implements PeopleByGender {
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(PROFILE_LIMITS.peopleMax)
  women: number | null;

  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(PROFILE_LIMITS.peopleMax)
  men: number | null;

  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(PROFILE_LIMITS.peopleMax)
  other: number | null;
}

export class OrganisationContactDto implements OrganisationContact {
  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string | null;

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(120)
  role: string | null;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @ValidateIf((_, value) => value !== null)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string | null;

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(/^\+?[0-9 ()-]{7,25}$/, { message: 'phone must be a telephone number such as +90 342 555 01 02' })
  phone: string | null;
}

export class SaveOrganisationProfileDto implements SaveOrganisationProfileRequest {
  @IsIn(ORGANISATION_TYPES)
  type: OrganisationType;

  @ValidateIf((_, value) => value !== null)
  @IsIn(LEGAL_FORMS)
  legalForm: LegalForm | null;

  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(PROFILE_LIMITS.yearFoundedMin, {
    message: `yearFounded must be ${PROFILE_LIMITS.yearFoundedMin} or later`,
  })
  @Max(new Date().getUTCFullYear() + 1, { message: 'yearFounded cannot be in the future' })
  yearFounded: number | null;

  @IsObject()
  @ValidateNested()
  @Type(() => PeopleByGenderDto)
  staff: PeopleByGenderDto;

  @IsObject()
  @ValidateNested()
  @Type(() => PeopleByGenderDto)
  volunteers: PeopleByGenderDto;

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PROVINCE_CODES.length)
  @IsIn(PROVINCE_CODES, {
    each: true,
    message: 'each of workProvinces must be a province code such as TR-27',
  })
  workProvinces: ProvinceCode[];

  @Transform(upperEach)
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PROFILE_LIMITS.countries)
  @Matches(/^[A-Z]{2}$/, {
    each: true,
    message: 'each of workCountries must be a two-letter ISO country code',
  })
  workCountries: string[];

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(THEMATIC_AREAS.length)
  @IsIn(THEMATIC_AREAS, { each: true })
  thematicAreas: ThematicArea[];

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(300)
  thematicAreasOther: string | null;

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(TARGET_GROUPS.length)
  @IsIn(TARGET_GROUPS, { each: true })
  targetGroups: TargetGroup[];

  @Transform(trimEach)
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PROFILE_LIMITS.networks)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(PROFILE_LIMITS.networkLength, { each: true })
  networks: string[];

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be a web address starting with https://' },
  )
  @MaxLength(300)
  website: string | null;

  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationContactDto)
  contact: OrganisationContactDto;
}

export class OrganisationMapQueryDto extends PageQueryDto implements OrganisationMapQuery {
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'province must be a province code such as TR-27' })
  province?: ProvinceCode;

  @IsOptional()
  @IsIn(THEMATIC_AREAS)
  area?: ThematicArea;

  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.networkLength)
  network?: string;
}

export function toMappedOrganisation(entity: OrganisationEntity): MappedOrganisation {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    legalForm: entity.legalForm,
    yearFounded: entity.yearFounded,
    country: entity.country,
    province: entity.province,
    workProvinces: entity.workProvinces,
    workCountries: entity.workCountries,
    thematicAreas: entity.thematicAreas,
    targetGroups: entity.targetGroups,
    networks: entity.networks,
    website: entity.website,
  };
}

export function toOrganisationProfile(
  entity: OrganisationEntity,
  focalPeople: { id: string; fullName: string }[],
): OrganisationProfile {
  return {
    ...toMappedOrganisation(entity),
    thematicAreasOther: entity.thematicAreasOther,
    staff: { women: entity.staffWomen, men: entity.staffMen, other: entity.staffOther },
    volunteers: { women: entity.volunteersWomen, men: entity.volunteersMen, other: entity.volunteersOther },
    contact: {
      name: entity.contactName,
      role: entity.contactRole,
      email: entity.contactEmail,
      phone: entity.contactPhone,
    },
    focalPeople,
    profileUpdatedAt: entity.profileUpdatedAt?.toISOString() ?? null,
  };
}

/** Writes a validated profile onto the entity (name, country and office stay as coordinators set them). */
export function applyProfile(
  entity: OrganisationEntity,
  request: SaveOrganisationProfileDto,
  now: Date,
): void {
  Object.assign(entity, {
    type: request.type,
    legalForm: request.legalForm,
    yearFounded: request.yearFounded,
    staffWomen: request.staff.women,
    staffMen: request.staff.men,
    staffOther: request.staff.other,
    volunteersWomen: request.volunteers.women,
    volunteersMen: request.volunteers.men,
    volunteersOther: request.volunteers.other,
    workProvinces: request.workProvinces,
    workCountries: request.workCountries,
    thematicAreas: request.thematicAreas,
    thematicAreasOther: request.thematicAreas.includes('other') ? request.thematicAreasOther : null,
    targetGroups: request.targetGroups,
    networks: request.networks,
    website: request.website,
    contactName: request.contact.name,
    contactRole: request.contact.role,
    contactEmail: request.contact.email,
    contactPhone: request.contact.phone,
    profileUpdatedAt: now,
  });
}

/** The profile as the audit log keeps it (before and after an edit). */
export function profileAuditView(entity: OrganisationEntity): Record<string, unknown> {
  const profile = toOrganisationProfile(entity, []);
  const { focalPeople: _focal, profileUpdatedAt: _at, id: _id, ...rest } = profile;
  return rest;
}
