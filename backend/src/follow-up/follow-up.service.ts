import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
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
import { followUpFigures } from './follow-up-figures';
import { FOLLOW_UP_WAVES_SQL } from './follow-up-waves';
import type { SubmitFollowUpDto } from './follow-up.dto';

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
      await this.db.query(
        `INSERT INTO follow_up_answers (enrolment_id, wave, survey_id, answers, used) VALUES ($1, $2, $3, $4, $5)`,
        [enrolmentId, target.wave, survey.id, JSON.stringify(body.answers), body.answers['used']],
      );
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
    return followUpFigures(this.db);
  }

  private async target(caller: SignedInPerson, enrolmentId: string): Promise<Target> {
    const [row]: {
      training_title: LocalisedText;
      session_title: string;
      wave: FollowUpWave | null;
      closes_at: Date | null;
      answered: boolean;
    }[] = await this.db.query(
      `SELECT t.title AS training_title, s.title AS session_title, w.wave, w.closes_at,
              EXISTS (SELECT 1 FROM follow_up_answers a WHERE a.enrolment_id = e.id AND a.wave = w.wave) AS answered
         FROM enrolments e JOIN sessions s ON s.id = e.session_id JOIN trainings t ON t.id = s.training_id
         LEFT JOIN (${FOLLOW_UP_WAVES_SQL}) w ON w.enrolment_id = e.id AND now() >= w.opens_at AND now() < w.closes_at
        WHERE e.id = $1 AND e.person_id = $2`,
      [enrolmentId, caller.id],
    );
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
    const [row]: { id: string; definition: SurveyDefinition }[] = await this.db.query(
      `SELECT id, definition FROM surveys WHERE slug = $1
        ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1`,
      [FOLLOW_UP_SURVEY],
    );
    if (!row) throw new NotFoundException('The follow-up survey is not published');
    return row;
  }
}
