import { IsIn, IsObject, IsUUID } from 'class-validator';
import {
  CAPACITY_ROUNDS,
  type CapacityAnswers,
  type CapacityRound,
  type SaveCapacityRoundRequest,
} from '@atolye/shared';

export class CapacityRoundParamsDto {
  @IsUUID('all', { message: 'id must be a UUID such as 3f2b8c1e-7d4a-4b8e-9c1f-2a6d5e4f3b21' })
  id: string;

  @IsIn(CAPACITY_ROUNDS, { message: `round must be one of ${CAPACITY_ROUNDS.join(', ')}` })
  round: CapacityRound;
}

export class SaveCapacityRoundDto implements SaveCapacityRoundRequest {
  /** Scores checked question by question against the questionnaire (capacity-scores.ts). */
  @IsObject({ message: 'answers must be a set of scores by question id' })
  answers: CapacityAnswers;
}
