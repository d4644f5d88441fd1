import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  FIELD_LIMITS,
  GENDERS,
  LANGUAGES,
  PASSWORD_MIN_LENGTH,
  ROLES,
  permissionsOf,
  type ChangeOwnPasswordRequest,
  type ChangeRolesRequest,
  type CreatePersonRequest,
  type CurrentPerson,
  type Gender,
  type Language,
  type PersonSummary,
  type RegisterRequest,
  type Role,
  type SetDisabledRequest,
  type SetPasswordRequest,
  type UpdateProfileRequest,
} from '@atolye/shared';
import { PageQueryDto } from '../common/pagination.dto';
import type { PersonEntity } from './person.entity';
import { Omittable } from '../common/omittable';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const PASSWORD_RULE = `must be at least ${PASSWORD_MIN_LENGTH} characters long`;

export class RegisterDto implements RegisterRequest {
  @Transform(trim)
  @IsString()
  @MinLength(FIELD_LIMITS.fullNameMin)
  @MaxLength(FIELD_LIMITS.fullNameMax)
  fullName: string;

  @Transform(lower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(FIELD_LIMITS.emailMax)
  email: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password ${PASSWORD_RULE}` })
  @MaxLength(FIELD_LIMITS.passwordMax)
  password: string;

  @IsUUID('all', { message: 'organisationId must be the id of an organisation' })
  organisationId: string;

  @IsIn(LANGUAGES)
  language: Language;

  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;
}

export class CreatePersonDto implements CreatePersonRequest {
  @Transform(trim)
  @IsString()
  @MinLength(FIELD_LIMITS.fullNameMin)
  @MaxLength(FIELD_LIMITS.fullNameMax)
  fullName: string;

  @Transform(lower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(FIELD_LIMITS.emailMax)
  email: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password ${PASSWORD_RULE}` })
  @MaxLength(FIELD_LIMITS.passwordMax)
  password: string;

  @IsArray()
  @ArrayNotEmpty({ message: 'roles must hold at least one role' })
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be the id of an organisation' })
  organisationId?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;
}

export class ChangeRolesDto implements ChangeRolesRequest {
  @IsArray()
  @ArrayNotEmpty({ message: 'roles must hold at least one role' })
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class SetDisabledDto implements SetDisabledRequest {
  @IsBoolean()
  disabled: boolean;
}

export class SetPasswordDto implements SetPasswordRequest {
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password ${PASSWORD_RULE}` })
  @MaxLength(FIELD_LIMITS.passwordMax)
  password: string;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @Omittable()
  @Transform(trim)
  @IsString()
  @MinLength(FIELD_LIMITS.fullNameMin)
  @MaxLength(FIELD_LIMITS.fullNameMax)
  fullName?: string;

  @Omittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @Omittable()
  @IsIn(GENDERS)
  gender?: Gender;

  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be the id of an organisation' })
  organisationId?: string;
}

export class ChangeOwnPasswordDto implements ChangeOwnPasswordRequest {
  @IsString()
  @MaxLength(FIELD_LIMITS.passwordMax)
  currentPassword: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword ${PASSWORD_RULE}` })
  @MaxLength(FIELD_LIMITS.passwordMax)
  newPassword: string;
}

export class PeopleQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export function toPersonSummary(person: PersonEntity): PersonSummary {
  return {
    id: person.id,
    fullName: person.fullName,
    email: person.email,
    roles: person.roles,
    disabled: person.disabled,
    language: person.language,
    gender: person.gender,
    organisation: person.organisation ? { id: person.organisation.id, name: person.organisation.name } : null,
    createdAt: person.createdAt.toISOString(),
  };
}

export function toCurrentPerson(person: PersonEntity): CurrentPerson {
  return {
    id: person.id,
    fullName: person.fullName,
    email: person.email,
    roles: person.roles,
    permissions: [...permissionsOf(person.roles)],
    language: person.language,
    gender: person.gender,
    organisation: person.organisation ? { id: person.organisation.id, name: person.organisation.name } : null,
  };
}

/** The fields of a person the audit log keeps (never the password hash). */
export function auditView(person: PersonEntity): Record<string, unknown> {
  return {
    fullName: person.fullName,
    email: person.email,
    roles: person.roles,
    disabled: person.disabled,
    organisationId: person.organisationId,
  };
}
