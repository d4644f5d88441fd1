import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
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
  LANGUAGES,
  LOGFRAME_DISAGGREGATIONS,
  LOGFRAME_LEVELS,
  LOGFRAME_UNITS,
  type Language,
  type LocalisedText,
  type LogframeCell,
  type LogframeDisaggregation,
  type LogframeLevel,
  type LogframeUnit,
  type MoveLogframeItemRequest,
  type SaveLogframeIndicatorRequest,
  type SaveLogframeItemRequest,
  type SaveLogframeValueRequest,
} from '@atolye/shared';
import { IsDay } from '../common/is-day';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A text of the logframe in English and Turkish; either may be empty while it is being written. */
class LogframeTextDto implements LocalisedText {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  en?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  tr?: string;
}

export class LogframePeriodQueryDto {
  @IsOptional()
  @IsDay('from')
  from?: string;

  @IsOptional()
  @IsDay('to')
  to?: string;
}

export class LogframeExportQueryDto extends LogframePeriodQueryDto {
  /** The matrix's language; the caller's own when not given. */
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class SaveLogframeItemDto implements SaveLogframeItemRequest {
  @IsIn(LOGFRAME_LEVELS)
  level: LogframeLevel;

  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  parentId: string | null;

  @ValidateNested()
  @Type(() => LogframeTextDto)
  title: LogframeTextDto;

  @ValidateNested()
  @Type(() => LogframeTextDto)
  assumptions: LogframeTextDto;
}

export class MoveLogframeItemDto implements MoveLogframeItemRequest {
  @IsIn(['up', 'down'])
  direction: 'up' | 'down';
}

export class SaveLogframeIndicatorDto implements SaveLogframeIndicatorRequest {
  @ValidateNested()
  @Type(() => LogframeTextDto)
  text: LogframeTextDto;

  @IsIn(LOGFRAME_UNITS)
  unit: LogframeUnit;

  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  baselineValue: number;

  @IsDay('baselineDate')
  baselineDate: string;

  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  targetValue: number;

  @IsDay('targetDate')
  targetDate: string;

  @ValidateNested()
  @Type(() => LogframeTextDto)
  meansOfVerification: LogframeTextDto;

  @IsArray()
  @ArrayUnique()
  @IsIn(LOGFRAME_DISAGGREGATIONS, { each: true })
  disaggregations: LogframeDisaggregation[];

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  source: string;
}

class LogframeCellDto implements LogframeCell {
  @IsIn(LOGFRAME_DISAGGREGATIONS)
  by: LogframeDisaggregation;

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  key: string;

  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  value: number;
}

class LogframeEvidenceDto {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsString()
  @MaxLength(3_000_000)
  dataUrl: string;
}

export class SaveLogframeValueDto implements SaveLogframeValueRequest {
  @IsDay('periodStart')
  periodStart: string;

  @IsDay('periodEnd')
  periodEnd: string;

  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  value: number;

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LogframeCellDto)
  cells: LogframeCellDto[];

  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  sourceNote: string;

  @ValidateIf((_, value) => value !== null)
  @ValidateNested()
  @Type(() => LogframeEvidenceDto)
  evidence: LogframeEvidenceDto | null;
}
