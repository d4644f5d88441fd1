import { IsDefined, IsObject, IsString, MaxLength } from 'class-validator';
import type { Answer, SaveAnswerRequest } from '@atolye/shared';

export class SaveAnswerDto implements SaveAnswerRequest {
  @IsString()
  @MaxLength(100)
  questionId: string;

  /** Its shape depends on the question type; checked against the question by the service. */
  @IsDefined()
  @IsObject()
  answer: Answer;
}
