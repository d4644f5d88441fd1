import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CompletionRule, LocalisedText } from '@atolye/shared';

/** A post-test of the enrolment's modules, with the trainee's attempts at it. */
export interface PostTestFacts {
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

/** One seat's figures, before the training's completion rule judges them. */
export interface CompletionFactsRow {
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

/** What completion is judged on: each seat's attendance, lessons, quizzes, post-tests and evaluation. */
@Injectable()
export class CompletionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The completion rule of the session's training. */
  async ruleOf(sessionId: string): Promise<CompletionRule> {
    const [{ completion_rule: rule }] = await this.db.query(
      'SELECT t.completion_rule FROM sessions s JOIN trainings t ON t.id = s.training_id WHERE s.id = $1',
      [sessionId],
    );
    return rule;
  }

  /**
   * The figures of everyone holding a seat in the session (or of one enrolment), by name, with
   * their latest certificate.
   */
  facts(sessionId: string, enrolmentId?: string): Promise<CompletionFactsRow[]> {
    return this.db.query(
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
  }
}
