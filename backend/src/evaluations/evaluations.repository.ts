import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EnrolmentStatus, EvaluationCriterion } from '@atolye/shared';
import { EvaluationEntity } from './evaluation.entity';

/** A trainee's enrolment as the evaluation needs it: when it opens, and whether it was sent. */
export interface EvaluatedEnrolmentRow {
  session_id: string;
  status: EnrolmentStatus;
  last_end: Date | null;
  time_zone: string;
  submitted: boolean;
}

/** A session's evaluations counted, with each criterion's average (null while there are none). */
export type EvaluationSummaryRow = { count: number; enrolled: number } & Record<
  EvaluationCriterion,
  number | null
>;

export interface EvaluationCommentRow {
  comments: string;
  anonymous: boolean;
  full_name: string;
  submitted_at: Date;
}

@Injectable()
export class EvaluationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person's enrolment with its session's last meeting end and time zone, if it is theirs. */
  async enrolmentOf(enrolmentId: string, personId: string): Promise<EvaluatedEnrolmentRow | null> {
    const [row] = await this.db.query(
      `SELECT e.session_id, e.status, (SELECT max(ends_at) FROM meetings WHERE session_id = e.session_id) AS last_end,
              (SELECT time_zone FROM sessions WHERE id = e.session_id) AS time_zone,
              EXISTS (SELECT 1 FROM evaluations v WHERE v.enrolment_id = e.id) AS submitted
         FROM enrolments e WHERE e.id = $1 AND e.person_id = $2`,
      [enrolmentId, personId],
    );
    return row ?? null;
  }

  /** Stores an evaluation; a second one of the same enrolment fails on the unique index. */
  async insert(
    evaluation: Pick<
      EvaluationEntity,
      'sessionId' | 'enrolmentId' | EvaluationCriterion | 'comments' | 'anonymous'
    >,
  ): Promise<void> {
    await this.db.getRepository(EvaluationEntity).insert(evaluation);
  }

  async summary(sessionId: string): Promise<EvaluationSummaryRow> {
    const [summary] = await this.db.query(
      `SELECT count(*)::int AS count,
              avg(relevance)::float AS relevance, avg(trainer)::float AS trainer,
              avg(materials)::float AS materials, avg(organisation)::float AS organisation,
              (SELECT count(*)::int FROM enrolments WHERE session_id = $1 AND status IN ('enrolled', 'completed')) AS enrolled
         FROM evaluations WHERE session_id = $1`,
      [sessionId],
    );
    return summary;
  }

  /** The comments given, oldest first, with their authors' names (shown or not by the caller). */
  comments(sessionId: string): Promise<EvaluationCommentRow[]> {
    return this.db.query(
      `SELECT v.comments, v.anonymous, p.full_name, v.submitted_at
         FROM evaluations v JOIN enrolments e ON e.id = v.enrolment_id JOIN people p ON p.id = e.person_id
        WHERE v.session_id = $1 AND v.comments IS NOT NULL ORDER BY v.submitted_at`,
      [sessionId],
    );
  }
}
