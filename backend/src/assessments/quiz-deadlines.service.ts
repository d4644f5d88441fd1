import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LocalisedText, QuizKind, SessionQuizDeadlines } from '@atolye/shared';
import { SaveQuizDeadlinesDto } from './quiz-deadlines.dto';

interface QuizRow {
  time_zone: string;
  module_slug: string | null;
  module_title: LocalisedText | null;
  quiz_slug: string | null;
  kind: QuizKind | null;
  title: LocalisedText | null;
  closes_at: Date | null;
}

/**
 * The closing date and time a session sets for each of its pre- and post-tests. Keyed by module
 * and quiz slug, so moving the session to a newer version of its training keeps them.
 */
@Injectable()
export class QuizDeadlinesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(sessionId: string): Promise<SessionQuizDeadlines> {
    const rows: QuizRow[] = await this.db.query(
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
    if (!rows.length) throw new NotFoundException('No session with this id');
    return {
      timeZone: rows[0].time_zone,
      quizzes: rows
        .filter((row) => row.quiz_slug)
        .map((row) => ({
          moduleSlug: row.module_slug as string,
          moduleTitle: row.module_title as LocalisedText,
          quizSlug: row.quiz_slug as string,
          kind: row.kind as QuizKind,
          title: row.title as LocalisedText,
          closesAt: row.closes_at?.toISOString() ?? null,
        })),
    };
  }

  /**
   * Replaces the session's deadlines. An attempt under way is cut short at its quiz's new deadline:
   * it is then graded with the answers saved, as at the end of a time limit.
   */
  async save(sessionId: string, request: SaveQuizDeadlinesDto): Promise<SessionQuizDeadlines> {
    const current = await this.get(sessionId);
    request.deadlines.forEach((deadline, i) => {
      const known = current.quizzes.some(
        (q) => q.moduleSlug === deadline.moduleSlug && q.quizSlug === deadline.quizSlug,
      );
      if (!known) {
        const field = `deadlines.${i}.quizSlug`;
        throw new BadRequestException({
          message: `${field}: not a pre- or post-test of this session's training`,
          details: [{ field, reason: "not a pre- or post-test of this session's training" }],
        });
      }
      if (
        request.deadlines.findIndex(
          (d) => d.moduleSlug === deadline.moduleSlug && d.quizSlug === deadline.quizSlug,
        ) !== i
      ) {
        const field = `deadlines.${i}.quizSlug`;
        throw new BadRequestException({
          message: `${field}: the same quiz is given twice`,
          details: [{ field, reason: 'the same quiz is given twice' }],
        });
      }
    });
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM session_quiz_deadlines WHERE session_id = $1', [sessionId]);
      if (!request.deadlines.length) return;
      await manager.query(
        `INSERT INTO session_quiz_deadlines (session_id, module_slug, quiz_slug, closes_at)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::timestamptz[])`,
        [
          sessionId,
          request.deadlines.map((d) => d.moduleSlug),
          request.deadlines.map((d) => d.quizSlug),
          request.deadlines.map((d) => d.closesAt),
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
    return this.get(sessionId);
  }
}
