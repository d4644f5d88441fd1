import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { EVALUATION_CRITERIA, type MyEvaluationState, type SessionEvaluations } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { SessionsService } from '../sessions/sessions.service';
import { SubmitEvaluationDto } from './evaluations.dto';
import { EvaluationEntity } from './evaluation.entity';
import { problem } from '../common/api-problem';

/** Feedback on a session, asked for once its last meeting has ended. */

const ALREADY_EVALUATED = problem(
  'evaluation.alreadySubmitted',
  'You have already evaluated this session; thank you',
);
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async state(caller: SignedInPerson, enrolmentId: string): Promise<MyEvaluationState> {
    const target = await this.ownEnrolment(caller, enrolmentId);
    const availableFrom = target.lastEnd?.toISOString() ?? null;
    if (target.submitted) return { state: 'submitted', availableFrom, timeZone: target.timeZone };
    const due = target.lastEnd !== null && target.lastEnd <= new Date();
    return { state: due ? 'due' : 'not_yet', availableFrom, timeZone: target.timeZone };
  }

  async submit(
    caller: SignedInPerson,
    enrolmentId: string,
    request: SubmitEvaluationDto,
  ): Promise<MyEvaluationState> {
    const target = await this.ownEnrolment(caller, enrolmentId);
    if (target.submitted) throw new ConflictException(ALREADY_EVALUATED);
    if (target.lastEnd === null || target.lastEnd > new Date()) {
      throw new ForbiddenException(
        problem('evaluation.notOpenYet', 'The evaluation opens after the last meeting of the session'),
      );
    }
    try {
      await this.db.getRepository(EvaluationEntity).insert({
        sessionId: target.sessionId,
        enrolmentId,
        ...request.ratings,
        comments: request.comments?.trim() || null,
        anonymous: request.anonymous,
      });
    } catch (error) {
      // The unique index on enrolment decides when the same form is sent twice at once.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException(ALREADY_EVALUATED);
      }
      throw error;
    }
    return { state: 'submitted', availableFrom: target.lastEnd.toISOString(), timeZone: target.timeZone };
  }

  /** Averages and comments; anonymous comments carry no name. Trainers of the session and coordinators. */
  async forSession(caller: SignedInPerson, sessionId: string): Promise<SessionEvaluations> {
    await this.sessions.visible(caller, sessionId);
    const [summary] = await this.db.query(
      `SELECT count(*)::int AS count,
              avg(relevance)::float AS relevance, avg(trainer)::float AS trainer,
              avg(materials)::float AS materials, avg(organisation)::float AS organisation,
              (SELECT count(*)::int FROM enrolments WHERE session_id = $1 AND status IN ('enrolled', 'completed')) AS enrolled
         FROM evaluations WHERE session_id = $1`,
      [sessionId],
    );
    const comments: { comments: string; anonymous: boolean; full_name: string; submitted_at: Date }[] =
      await this.db.query(
        `SELECT v.comments, v.anonymous, p.full_name, v.submitted_at
         FROM evaluations v JOIN enrolments e ON e.id = v.enrolment_id JOIN people p ON p.id = e.person_id
        WHERE v.session_id = $1 AND v.comments IS NOT NULL ORDER BY v.submitted_at`,
        [sessionId],
      );
    const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    return {
      sessionId,
      count: summary.count,
      enrolled: summary.enrolled,
      averages: Object.fromEntries(
        EVALUATION_CRITERIA.map((c) => [c, round(summary[c])]),
      ) as SessionEvaluations['averages'],
      comments: comments.map((c) => ({
        text: c.comments,
        author: c.anonymous ? null : c.full_name,
        submittedAt: new Date(c.submitted_at).toISOString(),
      })),
    };
  }

  private async ownEnrolment(caller: SignedInPerson, enrolmentId: string) {
    const [row] = await this.db.query(
      `SELECT e.session_id, e.status, (SELECT max(ends_at) FROM meetings WHERE session_id = e.session_id) AS last_end,
              (SELECT time_zone FROM sessions WHERE id = e.session_id) AS time_zone,
              EXISTS (SELECT 1 FROM evaluations v WHERE v.enrolment_id = e.id) AS submitted
         FROM enrolments e WHERE e.id = $1 AND e.person_id = $2`,
      [enrolmentId, caller.id],
    );
    if (!row) throw new NotFoundException('No enrolment of yours with this id');
    if (row.status !== 'enrolled' && row.status !== 'completed')
      throw new ForbiddenException(
        problem('evaluation.notParticipant', 'Only participants of the session evaluate it'),
      );
    return {
      sessionId: row.session_id as string,
      timeZone: row.time_zone as string,
      lastEnd: row.last_end ? new Date(row.last_end) : null,
      submitted: row.submitted as boolean,
    };
  }
}
