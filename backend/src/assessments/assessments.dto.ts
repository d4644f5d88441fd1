import { IsDefined, IsObject, IsString, MaxLength, ValidateIf } from 'class-validator';
import type { Answer, SaveAnswerRequest } from '@atolye/shared';

export class SaveAnswerDto implements SaveAnswerRequest {
  @IsString()
  @MaxLength(100)
  questionId: string;

  /** Its shape depends on the question type; checked against the question by the service. null clears it. */
  @ValidateIf((_, value) => value !== null)
  @IsDefined()
  @IsObject()
  answer: Answer | null;
}
