import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { QuizEntity } from '../content/quiz.entity';

export type SessionQuizRow = Pick<
  QuizEntity,
  'id' | 'slug' | 'kind' | 'title' | 'pairedWith' | 'moduleVersionId' | 'questions'
> & { module_slug: string; earlier: boolean };

export interface ScoreRow {
  enrolment_id: string;
  full_name: string;
  organisation: string | null;
  quiz_id: string | null;
  attempts: number;
  best: string | null;
  latest: string | null;
  passed: boolean | null;
}

export interface GainRow {
  enrolment_id: string;
  module_slug: string;
  post_test_slug: string;
  pre_first: string;
  post_best: string;
  gain: string;
}

export interface DifficultyRow {
  quiz_id: string;
  question_id: string;
  percent_correct: string;
  answered: number;
}

/** A session's quiz results as aggregates over its seats (enrolled or completed) and their attempts. */
@Injectable()
export class QuizResultsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The quizzes of the session's revision, then those of earlier versions its trainees took
   * before the session moved to this one (their attempts stay in the history): `earlier`.
   */
  quizzes(trainingRevisionId: string, sessionId: string): Promise<SessionQuizRow[]> {
    return this.db.query(
      `SELECT q.id, q.slug, q.kind, q.title, q.paired_with AS "pairedWith", q.module_version_id AS "moduleVersionId", q.questions,
              m.slug AS module_slug, NOT (q.module_version_id = ANY(r.module_version_ids)) AS earlier
         FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
         JOIN training_revisions r ON r.id = $1
        WHERE q.module_version_id = ANY(r.module_version_ids)
           OR q.id IN (SELECT a.quiz_id FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.session_id = $2)
        ORDER BY array_position(r.module_version_ids, q.module_version_id) NULLS LAST, m.slug, q.kind DESC, m.published_at`,
      [trainingRevisionId, sessionId],
    );
  }

  /** Per seat and quiz: attempts submitted, best and latest score, passed; seats without any too. */
  scores(sessionId: string): Promise<ScoreRow[]> {
    return this.db.query(
      `SELECT e.id AS enrolment_id, p.full_name, o.name AS organisation, a.quiz_id,
              count(a.id)::int AS attempts,
              max(a.percent) AS best,
              (array_agg(a.percent ORDER BY a.number DESC))[1] AS latest,
              bool_or(a.passed) AS passed
         FROM enrolments e JOIN people p ON p.id = e.person_id LEFT JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN quiz_attempts a ON a.enrolment_id = e.id AND a.submitted_at IS NOT NULL
        WHERE e.session_id = $1 AND e.status IN ('enrolled', 'completed')
        GROUP BY e.id, p.full_name, o.name, a.quiz_id
        ORDER BY p.full_name`,
      [sessionId],
    );
  }

  /** Each seat's knowledge gain per module, as knowledge_gains() defines it. */
  gains(sessionId: string): Promise<GainRow[]> {
    return this.db.query(
      `SELECT k.enrolment_id, k.module_slug, k.post_test_slug, k.pre_first, k.post_best, k.gain
         FROM knowledge_gains(ARRAY(SELECT id FROM enrolments WHERE session_id = $1 AND status IN ('enrolled', 'completed'))) k`,
      [sessionId],
    );
  }

  /** Per question of each quiz: the share of submitted answers given full points, and how many answered. */
  difficulty(sessionId: string): Promise<DifficultyRow[]> {
    return this.db.query(
      `SELECT a.quiz_id, g.key AS question_id,
              round(100.0 * count(*) FILTER (WHERE (g.value->>'awarded')::numeric = (g.value->>'points')::numeric) / count(*), 1) AS percent_correct,
              count(*)::int AS answered
         FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id, jsonb_each(a.graded) g
        WHERE e.session_id = $1 AND a.submitted_at IS NOT NULL
        GROUP BY a.quiz_id, g.key`,
      [sessionId],
    );
  }
}
