import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  BREAKDOWN_MEASURES,
  BREAKDOWNS,
  MEASURES,
  ORGANISATION_TYPES,
  type Breakdown,
  type BreakdownMeasure,
  type Measure,
  type OrganisationType,
  type ReportFilters,
  type SaveIndicatorRequest,
} from '@atolye/shared';
import { LocalisedTitleDto } from '../trainings/trainings.dto';

export class ReportFiltersDto implements ReportFilters {
  @IsOptional()
  @IsUUID()
  trainingId?: string;

  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  organisationType?: OrganisationType;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;
}

export class BreakdownQueryDto extends ReportFiltersDto {
  @IsIn(BREAKDOWN_MEASURES)
  measure: BreakdownMeasure;

  @IsIn(BREAKDOWNS)
  by: Breakdown;
}

export class DrillDownQueryDto extends ReportFiltersDto {
  @IsIn(BREAKDOWN_MEASURES)
  measure: BreakdownMeasure;
}

export class ExportQueryDto extends ReportFiltersDto {
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx';
}

export class SaveIndicatorDto implements SaveIndicatorRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.\-_]{0,19}$/, {
    message: 'code must be a short logframe reference such as R1.2',
  })
  code: string;

  @ValidateNested()
  @Type(() => LocalisedTitleDto)
  title: LocalisedTitleDto;

  @IsIn(MEASURES)
  measure: Measure;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  target: number;

  @IsISO8601({ strict: true })
  @MinLength(10)
  periodStart: string;

  @IsISO8601({ strict: true })
  @MinLength(10)
  periodEnd: string;
}
