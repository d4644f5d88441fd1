import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
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
  TRAINER_ROSTER_SORTS,
  type AvailabilityPeriod,
  type SaveTrainerProfileRequest,
  type TrainerRosterQuery,
  type TrainerRosterSort,
} from '@atolye/shared';
import { IsDay } from '../common/is-day';
import { PageQueryDto } from '../common/pagination.dto';

const LANGUAGE_CODE = /^[a-z]{2}$/;

const trimmedList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [
        ...new Map(
          value
            .map((v) => (typeof v === 'string' ? v.trim() : v))
            .map((v) => [typeof v === 'string' ? v.toLocaleLowerCase('tr') : v, v]),
        ).values(),
      ]
    : value;

export class AvailabilityPeriodDto implements AvailabilityPeriod {
  @IsDay('from')
  from: string;

  @IsDay('to')
  @ValidateBy({
    name: 'notBeforeFrom',
    validator: {
      validate: (value: unknown, args) =>
        typeof value === 'string' && value >= (args?.object as AvailabilityPeriodDto).from,
      defaultMessage: () => 'to must be on or after from',
    },
  })
  to: string;
}

export class SaveTrainerProfileDto implements SaveTrainerProfileRequest {
  @Transform(trimmedList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'each expertise area must be at least 2 characters' })
  @MaxLength(80, { each: true, message: 'each expertise area must be at most 80 characters' })
  expertiseAreas: string[];

  @Transform(({ value }) =>
    Array.isArray(value)
      ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)))]
      : value,
  )
  @IsArray()
  @ArrayMaxSize(15)
  @Matches(LANGUAGE_CODE, {
    each: true,
    message: 'each language must be a two-letter ISO 639-1 code such as tr, en or ar',
  })
  languages: string[];

  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value))
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(500)
  availabilityNote: string | null;

  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityPeriodDto)
  availablePeriods: AvailabilityPeriodDto[];
}

export class TrainerRosterQueryDto extends PageQueryDto implements TrainerRosterQuery {
  @IsOptional()
  @IsString()
  @MaxLength(80)
  expertise?: string;

  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'language must be a two-letter ISO 639-1 code such as tr' })
  language?: string;

  @IsOptional()
  @IsDay('availableFrom')
  availableFrom?: string;

  @IsOptional()
  @IsDay('availableTo')
  availableTo?: string;

  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'minRating must be a number from 1 to 5' })
  @Min(1, { message: 'minRating must be a number from 1 to 5' })
  @Max(5, { message: 'minRating must be a number from 1 to 5' })
  minRating?: number;

  @IsOptional()
  @IsIn(TRAINER_ROSTER_SORTS)
  sort?: TrainerRosterSort;
}
