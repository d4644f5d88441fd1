import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { EvaluationCriterion, SubmitEvaluationRequest } from '@atolye/shared';

export class RatingsDto implements Record<EvaluationCriterion, number> {
  @IsInt()
  @Min(1)
  @Max(5)
  relevance: number;

  @IsInt()
  @Min(1)
  @Max(5)
  trainer: number;

  @IsInt()
  @Min(1)
  @Max(5)
  materials: number;

  @IsInt()
  @Min(1)
  @Max(5)
  organisation: number;
}

export class SubmitEvaluationDto implements SubmitEvaluationRequest {
  @ValidateNested()
  @Type(() => RatingsDto)
  ratings: RatingsDto;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(4000)
  comments?: string | null;

  @IsBoolean()
  anonymous: boolean;
}
