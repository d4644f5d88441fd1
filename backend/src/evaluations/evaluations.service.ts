import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { EVALUATION_CRITERIA, type MyEvaluationState, type SessionEvaluations } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { SessionsService } from '../sessions/sessions.service';
import { SubmitEvaluationDto } from './evaluations.dto';
import { EvaluationsRepository } from './evaluations.repository';
import { problem } from '../common/api-problem';

/** Feedback on a session, asked for once its last meeting has ended. */

const ALREADY_EVALUATED = problem(
  'evaluation.alreadySubmitted',
  'You have already evaluated this session; thank you',
);
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly evaluations: EvaluationsRepository,
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
      await this.evaluations.insert({
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
    const summary = await this.evaluations.summary(sessionId);
    const comments = await this.evaluations.comments(sessionId);
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
    const row = await this.evaluations.enrolmentOf(enrolmentId, caller.id);
    if (!row) throw new NotFoundException('No enrolment of yours with this id');
    if (row.status !== 'enrolled' && row.status !== 'completed')
      throw new ForbiddenException(
        problem('evaluation.notParticipant', 'Only participants of the session evaluate it'),
      );
    return {
      sessionId: row.session_id,
      timeZone: row.time_zone,
      lastEnd: row.last_end ? new Date(row.last_end) : null,
      submitted: row.submitted,
    };
  }
}
