import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  COACHING_TRACK_STATUSES,
  DRAFT_STATUSES,
  LOGFRAME_LEVELS,
  MEETING_MODES,
  type CoachingTrackStatus,
  type DraftStatus,
  type DraftIndicator,
  type LogframeLevel,
  type MeetingMode,
  type SaveActionItemRequest,
  type SaveCoachingMeetingRequest,
  type SaveCoachingTrackRequest,
  type SaveDraftItemRequest,
} from '@atolye/shared';
import { IsDay } from '../common/is-day';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SaveCoachingTrackDto implements SaveCoachingTrackRequest {
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  projectTitle: string;

  @IsUUID()
  mentorId: string;

  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  organisationId: string | null;

  @IsArray()
  @ArrayMinSize(1, { message: 'teamIds must name at least one person coached' })
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  teamIds: string[];

  @IsDay('startsOn')
  startsOn: string;

  @IsDay('endsOn')
  endsOn: string;

  @IsIn(COACHING_TRACK_STATUSES)
  status: CoachingTrackStatus;
}

export class SaveActionItemDto implements SaveActionItemRequest {
  @IsOptional()
  @IsUUID()
  id?: string;

  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  text: string;

  @IsUUID()
  ownerId: string;

  @IsDay('dueOn')
  dueOn: string;

  @IsBoolean()
  done: boolean;
}

export class SaveCoachingMeetingDto implements SaveCoachingMeetingRequest {
  @IsDay('heldOn')
  heldOn: string;

  @IsInt()
  @Min(5)
  @Max(600)
  durationMinutes: number;

  @IsIn(MEETING_MODES)
  mode: MeetingMode;

  @Transform(trim)
  @IsString()
  @MaxLength(8000)
  notes: string;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SaveActionItemDto)
  actionItems: SaveActionItemDto[];
}

export class ActionItemDoneDto {
  @IsBoolean()
  done: boolean;
}

export class LogframeIndicatorDto implements DraftIndicator {
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  description: string;

  @Transform(trim)
  @IsString()
  @MaxLength(300)
  baseline: string;

  @Transform(trim)
  @IsString()
  @MaxLength(300)
  target: string;

  @Transform(trim)
  @IsString()
  @MaxLength(300)
  meansOfVerification: string;
}

export class SaveLogframeItemDto implements SaveDraftItemRequest {
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  parentId: string | null;

  @IsIn(LOGFRAME_LEVELS)
  level: LogframeLevel;

  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  text: string;

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LogframeIndicatorDto)
  indicators: LogframeIndicatorDto[];
}

export class SaveDraftCommentDto {
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(4000)
  body: string;
}

export class DraftStatusDto {
  @IsIn(DRAFT_STATUSES)
  status: DraftStatus;
}

export class CoachingFiguresQueryDto {
  @IsOptional()
  @IsDay('from')
  from?: string;

  @IsOptional()
  @IsDay('to')
  to?: string;
}

export class CommentResolvedDto {
  @IsBoolean()
  resolved: boolean;
}
