import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type {
  FollowUpFigures,
  FollowUpWave,
  LocalisedText,
  MyFollowUp,
  SurveyDefinition,
} from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { problem } from '../common/api-problem';
import { checkAnswers } from './follow-up-answers';
import type { SubmitFollowUpDto } from './follow-up.dto';
import { FollowUpRepository } from './follow-up.repository';

/** The survey every follow-up uses: its latest published version. */
export const FOLLOW_UP_SURVEY = 'follow-up';

const ALREADY_ANSWERED = problem(
  'followUp.alreadyAnswered',
  'You have already answered this follow-up; thank you',
);

interface Target {
  enrolmentId: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
  wave: FollowUpWave | null;
  closesAt: Date | null;
  answered: boolean;
}

/** A trainee's follow-up survey 3 and 6 months after a session, and what the answers add up to. */
@Injectable()
export class FollowUpService {
  constructor(private readonly followUps: FollowUpRepository) {}

  async mine(caller: SignedInPerson, enrolmentId: string): Promise<MyFollowUp> {
    const [target, survey] = await Promise.all([this.target(caller, enrolmentId), this.survey()]);
    return { ...target, closesAt: target.closesAt?.toISOString() ?? null, survey: survey.definition };
  }

  async answer(caller: SignedInPerson, enrolmentId: string, body: SubmitFollowUpDto): Promise<MyFollowUp> {
    const [target, survey] = await Promise.all([this.target(caller, enrolmentId), this.survey()]);
    if (target.wave === null)
      throw new ForbiddenException(
        problem('followUp.notOpen', 'No follow-up survey of this enrolment is open now'),
      );
    if (target.answered) throw new ConflictException(ALREADY_ANSWERED);
    const details = checkAnswers(survey.definition, body.answers);
    if (details.length)
      throw new BadRequestException({
        message: details.map((d) => `${d.field}: ${d.reason}`).join('; '),
        details,
      });
    try {
      await this.followUps.insertAnswers({
        enrolmentId,
        wave: target.wave,
        surveyId: survey.id,
        answers: body.answers,
        used: body.answers['used'],
      });
    } catch (error) {
      // The unique key on enrolment and wave decides when the same form is sent twice at once.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw new ConflictException(ALREADY_ANSWERED);
      throw error;
    }
    return {
      ...target,
      closesAt: target.closesAt?.toISOString() ?? null,
      answered: true,
      survey: survey.definition,
    };
  }

  figures(): Promise<FollowUpFigures> {
    return this.followUps.figures();
  }

  private async target(caller: SignedInPerson, enrolmentId: string): Promise<Target> {
    const row = await this.followUps.target(enrolmentId, caller.id);
    if (!row) throw new NotFoundException('No enrolment of yours with this id');
    return {
      enrolmentId,
      trainingTitle: row.training_title,
      sessionTitle: row.session_title,
      wave: row.wave,
      closesAt: row.closes_at,
      answered: row.answered,
    };
  }

  private async survey(): Promise<{ id: string; definition: SurveyDefinition }> {
    const row = await this.followUps.latestSurvey(FOLLOW_UP_SURVEY);
    if (!row) throw new NotFoundException('The follow-up survey is not published');
    return row;
  }
}
