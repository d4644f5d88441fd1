import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  canonicalTimeZone,
  ENROLMENT_POLICIES,
  LANGUAGES,
  SESSION_FORMATS,
  SESSION_MODES,
  type EnrolmentPolicy,
  type Language,
  type SaveMeetingRequest,
  type SaveSessionRequest,
  type SessionFormat,
  type SessionMode,
} from '@atolye/shared';
import { PageQueryDto } from '../common/pagination.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** An IANA zone such as Europe/Istanbul (after its letter case is corrected). */
const IsIanaTimeZone = () =>
  ValidateBy({
    name: 'isIanaTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) === value,
      defaultMessage: () => 'timeZone must be an IANA time zone such as Europe/Istanbul or Europe/Brussels',
    },
  });

export class SaveMeetingDto implements SaveMeetingRequest {
  @IsOptional()
  @IsUUID()
  id?: string;

  @IsISO8601(
    { strict: true },
    { message: 'startsAt must be a date and time such as 2027-03-02T09:30:00+03:00' },
  )
  startsAt: string;

  @IsISO8601(
    { strict: true },
    { message: 'endsAt must be a date and time such as 2027-03-02T12:30:00+03:00' },
  )
  endsAt: string;

  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  topic: string;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  location?: string | null;
}

export class SaveSessionDto implements SaveSessionRequest {
  @IsUUID()
  trainingId: string;

  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @IsIn(SESSION_FORMATS)
  format: SessionFormat;

  @IsIn(SESSION_MODES)
  mode: SessionMode;

  @IsIn(LANGUAGES)
  language: Language;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'meetingLink must be a web address starting with https://' },
  )
  @MaxLength(500)
  meetingLink?: string | null;

  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  city: string;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code such as TR' })
  country: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value))
  @IsIanaTimeZone()
  timeZone?: string;

  @IsInt()
  @Min(1)
  @Max(2000)
  capacity: number;

  @IsISO8601({ strict: true })
  enrolmentOpensAt: string;

  @IsISO8601({ strict: true })
  enrolmentClosesAt: string;

  @IsIn(ENROLMENT_POLICIES)
  enrolmentPolicy: EnrolmentPolicy;

  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  trainerIds: string[];

  @IsArray()
  @ArrayMinSize(1, { message: 'meetings must hold at least one meeting' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SaveMeetingDto)
  meetings: SaveMeetingDto[];
}

export class SessionsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  trainingId?: string;
}
