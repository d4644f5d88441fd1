import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CompletionRule, CriterionResult, EnrolmentCompletion, LocalisedText } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { SessionsService } from '../sessions/sessions.service';

/** A post-test of the enrolment's modules, with the trainee's attempts at it. */
interface PostTestFacts {
  label: string;
  moduleTitle: LocalisedText;
  passMark: number;
  maxAttempts: number;
  /** Attempts made at this version of the post-test. */
  used: number;
  /** Best score and whether any attempt passed, over every version of the post-test taken. */
  best: number | null;
  passed: boolean;
}

interface FactsRow {
  enrolment_id: string;
  person_id: string;
  full_name: string;
  organisation: string | null;
  meetings: number;
  attended: number;
  excused: number;
  lessons_total: number;
  lessons_done: number;
  evaluated: boolean;
  quiz_best: Record<string, number> | null;
  post_tests: PostTestFacts[] | null;
  certificate_id: string | null;
  certificate_serial: string | null;
  certificate_status: 'valid' | 'revoked' | null;
}

/**
 * Who completed a session, by the training's rule: attendance over every planned meeting, lessons
 * read, required quizzes passed, each post-test passed at its own pass mark and, when asked, the
 * evaluation — each criterion with its figures, and for a post-test the attempts left.
 */
@Injectable()
export class CompletionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async forSession(caller: SignedInPerson, sessionId: string): Promise<EnrolmentCompletion[]> {
    await this.sessions.visible(caller, sessionId);
    return this.compute(sessionId);
  }

  async compute(sessionId: string, enrolmentId?: string): Promise<EnrolmentCompletion[]> {
    const [{ completion_rule: rule }] = await this.db.query(
      'SELECT t.completion_rule FROM sessions s JOIN trainings t ON t.id = s.training_id WHERE s.id = $1',
      [sessionId],
    );
    const rows: FactsRow[] = await this.db.query(
      `SELECT e.id AS enrolment_id, p.id AS person_id, p.full_name, o.name AS organisation,
              (SELECT count(*)::int FROM meetings m WHERE m.session_id = e.session_id) AS meetings,
              (SELECT count(*)::int FROM attendance_records a WHERE a.enrolment_id = e.id AND a.status IN ('present', 'late')) AS attended,
              (SELECT count(*)::int FROM attendance_records a WHERE a.enrolment_id = e.id AND a.status = 'excused') AS excused,
              (SELECT count(*)::int FROM lessons l WHERE l.module_version_id = ANY(r.module_version_ids)) AS lessons_total,
              (SELECT count(*)::int FROM lesson_progress lp JOIN lessons l ON l.id = lp.lesson_id
                WHERE lp.enrolment_id = e.id AND l.module_version_id = ANY(r.module_version_ids)) AS lessons_done,
              EXISTS (SELECT 1 FROM evaluations v WHERE v.enrolment_id = e.id) AS evaluated,
              (SELECT jsonb_object_agg(mv.slug || '/' || q.slug, best.percent)
                 FROM (SELECT qa.quiz_id, max(qa.percent) AS percent FROM quiz_attempts qa
                        WHERE qa.enrolment_id = e.id AND qa.submitted_at IS NOT NULL GROUP BY qa.quiz_id) best
                 JOIN quizzes q ON q.id = best.quiz_id JOIN module_versions mv ON mv.id = q.module_version_id) AS quiz_best,
              (SELECT jsonb_agg(jsonb_build_object(
                        'label', mv.slug || '/' || q.slug, 'moduleTitle', mv.title, 'passMark', q.pass_mark_percent, 'maxAttempts', q.max_attempts,
                        'used', (SELECT count(*) FROM quiz_attempts qa WHERE qa.enrolment_id = e.id AND qa.quiz_id = q.id),
                        'best', taken.best, 'passed', coalesce(taken.passed, false))
                      ORDER BY array_position(r.module_version_ids, q.module_version_id), q.slug)
                 FROM quizzes q JOIN module_versions mv ON mv.id = q.module_version_id
                 LEFT JOIN LATERAL (
                   -- Every version of the post-test (a session may have moved), each attempt judged at its own pass mark.
                   SELECT max(qa.percent) AS best, bool_or(qa.passed) AS passed
                     FROM quiz_attempts qa JOIN quizzes same ON same.id = qa.quiz_id
                     JOIN module_versions same_module ON same_module.id = same.module_version_id
                    WHERE qa.enrolment_id = e.id AND qa.submitted_at IS NOT NULL
                      AND same_module.slug = mv.slug AND same.slug = q.slug) taken ON true
                WHERE q.module_version_id = ANY(r.module_version_ids) AND q.kind = 'post_test') AS post_tests,
              c.id AS certificate_id, c.serial AS certificate_serial, c.status AS certificate_status
         FROM enrolments e
         JOIN people p ON p.id = e.person_id
         LEFT JOIN organisations o ON o.id = p.organisation_id
         JOIN training_revisions r ON r.id = e.training_revision_id
         LEFT JOIN LATERAL (SELECT id, serial, status FROM certificates WHERE enrolment_id = e.id ORDER BY issued_at DESC LIMIT 1) c ON true
        WHERE e.session_id = $1 AND e.status IN ('enrolled', 'completed') AND ($2::uuid IS NULL OR e.id = $2)
        ORDER BY p.full_name`,
      [sessionId, enrolmentId ?? null],
    );
    return rows.map((row) => this.judge(rule, row));
  }

  private judge(rule: CompletionRule, row: FactsRow): EnrolmentCompletion {
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
