import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LocalisedText, QuizKind } from '@atolye/shared';

/** A session's pre- or post-test with its deadline; the quiz columns are null for a session without any. */
export interface QuizDeadlineRow {
  time_zone: string;
  module_slug: string | null;
  module_title: LocalisedText | null;
  quiz_slug: string | null;
  kind: QuizKind | null;
  title: LocalisedText | null;
  closes_at: Date | null;
}

export interface QuizDeadline {
  moduleSlug: string;
  quizSlug: string;
  closesAt: string;
}

/** The session_quiz_deadlines table, keyed by session, module slug and quiz slug. */
@Injectable()
export class QuizDeadlinesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The pre- and post-tests of the session's current revision in module order, each with its
   * deadline if one is set; one row with the zone alone when it has none, no row for no session.
   */
  ofSession(sessionId: string): Promise<QuizDeadlineRow[]> {
    return this.db.query(
      `SELECT s.time_zone, m.slug AS module_slug, m.title AS module_title, q.slug AS quiz_slug, q.kind, q.title,
              d.closes_at
         FROM sessions s JOIN training_revisions r ON r.id = s.training_revision_id
         LEFT JOIN LATERAL unnest(r.module_version_ids) WITH ORDINALITY AS mv(id, n) ON true
         LEFT JOIN module_versions m ON m.id = mv.id
         LEFT JOIN quizzes q ON q.module_version_id = m.id AND q.kind <> 'knowledge_check'
         LEFT JOIN session_quiz_deadlines d ON d.session_id = s.id AND d.module_slug = m.slug AND d.quiz_slug = q.slug
        WHERE s.id = $1
        ORDER BY mv.n, q.kind DESC`,
      [sessionId],
    );
  }

  /**
   * Replaces the session's deadlines in one transaction, and cuts every attempt under way short
   * at its quiz's new deadline.
   */
  async replace(sessionId: string, deadlines: QuizDeadline[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM session_quiz_deadlines WHERE session_id = $1', [sessionId]);
      if (!deadlines.length) return;
      await manager.query(
        `INSERT INTO session_quiz_deadlines (session_id, module_slug, quiz_slug, closes_at)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::timestamptz[])`,
        [
          sessionId,
          deadlines.map((d) => d.moduleSlug),
          deadlines.map((d) => d.quizSlug),
          deadlines.map((d) => d.closesAt),
        ],
      );
      await manager.query(
        `UPDATE quiz_attempts a SET deadline_at = least(a.deadline_at, d.closes_at)
           FROM enrolments e, quizzes q, module_versions m, session_quiz_deadlines d
          WHERE a.submitted_at IS NULL AND e.id = a.enrolment_id AND e.session_id = $1
            AND q.id = a.quiz_id AND m.id = q.module_version_id
            AND d.session_id = $1 AND d.module_slug = m.slug AND d.quiz_slug = q.slug`,
        [sessionId],
      );
    });
  }
}
