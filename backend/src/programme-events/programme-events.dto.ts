import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  GENDERS,
  PROGRAMME_EVENT_KINDS,
  type AgendaItem,
  type CostItem,
  type Gender,
  type ProgrammeEventKind,
  type SaveParticipantReportRequest,
  type SaveProgrammeEventRequest,
  type Speaker,
} from '@atolye/shared';
import { IsDay } from '../common/is-day';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;

export class AgendaItemDto implements AgendaItem {
  @IsDay('day')
  day: string;

  @ValidateIf((_, value) => value !== null)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be a time of day written HH:mm, or null' })
  time: string | null;

  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title: string;

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  place: string | null;
}

export class CostItemDto implements CostItem {
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  item: string;

  @IsNumber(
    { maxDecimalPlaces: 2 },
    { message: 'amountEur must be an amount in euros with at most two decimals' },
  )
  @Min(0)
  @Max(10_000_000)
  amountEur: number;
}

export class SpeakerDto implements Speaker {
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName: string;

  @IsIn(GENDERS)
  gender: Gender;

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  organisation: string | null;

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  topic: string | null;
}

export class FollowUpActionDto {
  @IsOptional()
  @IsUUID()
  id?: string;

  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  description: string;

  @IsUUID()
  ownerId: string;

  @IsDay('dueOn')
  dueOn: string;

  @IsBoolean()
  done: boolean;
}

export class SaveProgrammeEventDto implements SaveProgrammeEventRequest {
  @IsIn(PROGRAMME_EVENT_KINDS)
  kind: ProgrammeEventKind;

  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Transform(trimOrNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(4000)
  description: string | null;

  @IsDay('startsOn')
  startsOn: string;

  @IsDay('endsOn')
  endsOn: string;

  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  city: string;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code such as BE' })
  country: string;

  @Transform(({ value }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value,
  )
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'each host organisation must be at least 2 characters' })
  @MaxLength(200, { each: true, message: 'each host organisation must be at most 200 characters' })
  hostOrganisations: string[];

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemDto)
  agenda: AgendaItemDto[];

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CostItemDto)
  costs: CostItemDto[];

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers: SpeakerDto[];

  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds: string[];

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FollowUpActionDto)
  followUpActions: FollowUpActionDto[];
}

export class ProgrammeEventsQueryDto {
  @IsOptional()
  @IsIn(PROGRAMME_EVENT_KINDS)
  kind?: ProgrammeEventKind;
}

export class ProgrammeEventFiguresQueryDto {
  @IsOptional()
  @IsDay('from')
  from?: string;

  @IsOptional()
  @IsDay('to')
  to?: string;
}

export class SaveParticipantReportDto implements SaveParticipantReportRequest {
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  learned: string;

  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  willApply: string;
}
