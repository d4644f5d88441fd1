import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ATTENDANCE_STATUSES,
  WALK_IN_ORGANISATION_CHOICES,
  type WalkInOrganisationChoice,
  type AddWalkInRequest,
  type AttendanceMark,
  type AttendanceStatus,
  type CheckInRequest,
  type MarkMeetingRequest,
  type MergeWalkInRequest,
} from '@atolye/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AttendanceMarkDto implements AttendanceMark {
  @IsOptional()
  @IsUUID()
  enrolmentId?: string;

  @IsOptional()
  @IsUUID()
  walkInId?: string;

  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class MarkMeetingDto implements MarkMeetingRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkDto)
  marks: AttendanceMarkDto[];
}

export class AddWalkInDto implements AddWalkInRequest {
  @IsUUID()
  meetingId: string;

  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName: string;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  organisation?: string | null;

  @IsOptional()
  @ValidateIf((_, value) => value !== null && value !== '')
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  email?: string | null;
}

export class MergeWalkInDto implements MergeWalkInRequest {
  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsOptional()
  @IsIn(WALK_IN_ORGANISATION_CHOICES)
  organisation?: WalkInOrganisationChoice;
}

export class CheckInDto implements CheckInRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s/g, '') : value))
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the six digits shown by the trainer' })
  code: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;
}
