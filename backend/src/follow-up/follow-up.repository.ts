import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  FollowUpFigures,
  FollowUpWave,
  LocalisedText,
  SurveyAnswers,
  SurveyDefinition,
} from '@atolye/shared';
import { followUpFigures } from './follow-up-figures.repository';
import { FOLLOW_UP_WAVES_SQL } from './follow-up-waves';

/** A person's enrolment with the follow-up wave open for it now (if any), and whether it is answered. */
export interface FollowUpTargetRow {
  training_title: LocalisedText;
  session_title: string;
  wave: FollowUpWave | null;
  closes_at: Date | null;
  answered: boolean;
}

@Injectable()
export class FollowUpRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async target(enrolmentId: string, personId: string): Promise<FollowUpTargetRow | null> {
    const [row]: FollowUpTargetRow[] = await this.db.query(
      `SELECT t.title AS training_title, s.title AS session_title, w.wave, w.closes_at,
              EXISTS (SELECT 1 FROM follow_up_answers a WHERE a.enrolment_id = e.id AND a.wave = w.wave) AS answered
         FROM enrolments e JOIN sessions s ON s.id = e.session_id JOIN trainings t ON t.id = s.training_id
         LEFT JOIN (${FOLLOW_UP_WAVES_SQL}) w ON w.enrolment_id = e.id AND now() >= w.opens_at AND now() < w.closes_at
        WHERE e.id = $1 AND e.person_id = $2`,
      [enrolmentId, personId],
    );
    return row ?? null;
  }

  /** The latest published version of the survey, by its version number. */
  async latestSurvey(slug: string): Promise<{ id: string; definition: SurveyDefinition } | null> {
    const [row]: { id: string; definition: SurveyDefinition }[] = await this.db.query(
      `SELECT id, definition FROM surveys WHERE slug = $1
        ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1`,
      [slug],
    );
    return row ?? null;
  }

  /** Stores a wave's answers; a second answer to the same wave fails on the unique key. */
  async insertAnswers(answer: {
    enrolmentId: string;
    wave: FollowUpWave;
    surveyId: string;
    answers: SurveyAnswers;
    used: SurveyAnswers[string] | undefined;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO follow_up_answers (enrolment_id, wave, survey_id, answers, used) VALUES ($1, $2, $3, $4, $5)`,
      [answer.enrolmentId, answer.wave, answer.surveyId, JSON.stringify(answer.answers), answer.used],
    );
  }

  figures(): Promise<FollowUpFigures> {
    return followUpFigures(this.db);
  }
}
