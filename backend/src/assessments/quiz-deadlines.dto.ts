import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { SaveQuizDeadlinesRequest } from '@atolye/shared';

export class QuizDeadlineDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  moduleSlug: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  quizSlug: string;

  @IsISO8601(
    { strict: true },
    { message: 'closesAt must be a date and time such as 2027-03-02T17:00:00+03:00' },
  )
  closesAt: string;
}

export class SaveQuizDeadlinesDto implements SaveQuizDeadlinesRequest {
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuizDeadlineDto)
  deadlines: QuizDeadlineDto[];
}
