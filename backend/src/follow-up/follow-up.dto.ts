import { IsObject } from 'class-validator';
import type { SubmitFollowUpRequest, SurveyAnswers } from '@atolye/shared';

export class SubmitFollowUpDto implements SubmitFollowUpRequest {
  /** Checked question by question against the published survey (follow-up-answers.ts). */
  @IsObject()
  answers: SurveyAnswers;
}
