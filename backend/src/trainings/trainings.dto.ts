import { Type } from 'class-transformer';
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
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CAPACITY_DOMAINS,
  LANGUAGES,
  TRAINING_STATUSES,
  type CapacityDomain,
  type CompletionRule,
  type Language,
  type LocalisedText,
  type SaveTrainingRequest,
  type TrainingStatus,
} from '@atolye/shared';
import { PageQueryDto } from '../common/pagination.dto';

export class LocalisedTitleDto implements LocalisedText {
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  en?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  tr?: string;
}

export class LocalisedDescriptionDto implements LocalisedText {
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  en?: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  tr?: string;
}

export class RequiredQuizDto {
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'moduleSlug must be a module slug such as project-cycle-management',
  })
  moduleSlug: string;

  @IsString()
  @MaxLength(100)
  quiz: string;

  @IsInt()
  @Min(0)
  @Max(100)
  minScorePercent: number;
}

export class CompletionRuleDto implements CompletionRule {
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent: number;

  @IsOptional()
  @IsBoolean()
  excusedCountsAsPresent?: boolean;

  @IsBoolean()
  requireAllLessons: boolean;

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RequiredQuizDto)
  requiredQuizzes: RequiredQuizDto[];

  @IsBoolean()
  requireEvaluation: boolean;

  @IsOptional()
  @IsBoolean()
  passPostTests?: boolean;
}

export class SaveTrainingDto implements SaveTrainingRequest {
  @ValidateNested()
  @Type(() => LocalisedTitleDto)
  title: LocalisedTitleDto;

  @ValidateNested()
  @Type(() => LocalisedDescriptionDto)
  description: LocalisedDescriptionDto;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(LANGUAGES, { each: true })
  languages: Language[];

  @IsArray()
  @ArrayMinSize(1, { message: 'moduleVersionIds must hold at least one module' })
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'moduleVersionIds must hold ids of published module versions' })
  moduleVersionIds: string[];

  @ValidateNested()
  @Type(() => CompletionRuleDto)
  completionRule: CompletionRuleDto;

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(CAPACITY_DOMAINS, {
    each: true,
    message: `capacityDomains must hold domains among ${CAPACITY_DOMAINS.join(', ')}`,
  })
  capacityDomains?: CapacityDomain[];
}

export class TrainingsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(TRAINING_STATUSES)
  status?: TrainingStatus;
}
