import { Injectable } from '@nestjs/common';
import type { CompletionRule, CriterionResult, EnrolmentCompletion } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { SessionsService } from '../sessions/sessions.service';
import { CompletionRepository, type CompletionFactsRow } from './completion.repository';

/**
 * Who completed a session, by the training's rule: attendance over every planned meeting, lessons
 * read, required quizzes passed, each post-test passed at its own pass mark and, when asked, the
 * evaluation — each criterion with its figures, and for a post-test the attempts left.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly completion: CompletionRepository,
    private readonly sessions: SessionsService,
  ) {}

  async forSession(caller: SignedInPerson, sessionId: string): Promise<EnrolmentCompletion[]> {
    await this.sessions.visible(caller, sessionId);
    return this.compute(sessionId);
  }

  async compute(sessionId: string, enrolmentId?: string): Promise<EnrolmentCompletion[]> {
    const rule = await this.completion.ruleOf(sessionId);
    const rows = await this.completion.facts(sessionId, enrolmentId);
    return rows.map((row) => this.judge(rule, row));
  }

  private judge(rule: CompletionRule, row: CompletionFactsRow): EnrolmentCompletion {
    const attended = row.attended + (rule.excusedCountsAsPresent ? row.excused : 0);
    const attendance = row.meetings === 0 ? 0 : Math.round((1000 * attended) / row.meetings) / 10;
    const criteria: CriterionResult[] = [
      {
        criterion: 'attendance',
        label: 'attendance',
        met: attendance >= rule.minAttendancePercent,
        value: attendance,
        required: rule.minAttendancePercent,
      },
    ];
    if (rule.requireAllLessons) {
      criteria.push({
        criterion: 'lessons',
        label: 'lessons',
        met: row.lessons_done >= row.lessons_total,
        value: row.lessons_done,
        required: row.lessons_total,
      });
    }
    for (const quiz of rule.requiredQuizzes) {
      const label = `${quiz.moduleSlug}/${quiz.quiz}`;
      const best = row.quiz_best?.[label] ?? null;
      criteria.push({
        criterion: 'quiz',
        label,
        met: best !== null && Number(best) >= quiz.minScorePercent,
        value: best === null ? null : Number(best),
        required: quiz.minScorePercent,
      });
    }
    if (rule.passPostTests) {
      for (const post of row.post_tests ?? []) {
        criteria.push({
          criterion: 'post_test',
          label: post.label,
          moduleTitle: post.moduleTitle,
          met: post.passed,
          value: post.best === null ? null : Number(post.best),
          required: post.passMark,
          ...(post.passed ? {} : { attemptsLeft: Math.max(0, post.maxAttempts - post.used) }),
        });
      }
    }
    if (rule.requireEvaluation)
      criteria.push({
        criterion: 'evaluation',
        label: 'evaluation',
        met: row.evaluated,
        value: null,
        required: null,
      });
    return {
      enrolmentId: row.enrolment_id,
      personId: row.person_id,
      fullName: row.full_name,
      organisation: row.organisation,
      criteria,
      eligible: criteria.every((c) => c.met),
      certificate: row.certificate_id
        ? {
            id: row.certificate_id,
            serial: row.certificate_serial as string,
            status: row.certificate_status as 'valid' | 'revoked',
          }
        : null,
    };
  }
}
