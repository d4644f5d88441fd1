import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Answer } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';
import type { AttemptLayout, Grade } from './grading';

/** An attempt as stored; the entity has the same shape, but these are read with plain SQL. */
export interface AttemptRecord {
  id: string;
  quizId: string;
  enrolmentId: string;
  number: number;
  layout: AttemptLayout;
  answers: Record<string, Answer>;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
  percent: number | null;
  passed: boolean | null;
  graded: Grade['perQuestion'] | null;
}

interface AttemptRow {
  id: string;
  quiz_id: string;
  enrolment_id: string;
  number: number;
  layout: AttemptLayout;
  answers: Record<string, Answer>;
  started_at: Date;
  deadline_at: Date | null;
  submitted_at: Date | null;
  score: string | null;
  max_score: string;
  percent: string | null;
  passed: boolean | null;
  graded: Grade['perQuestion'] | null;
}

const COLUMNS =
  'id, quiz_id, enrolment_id, number, layout, answers, started_at, deadline_at, submitted_at, score, max_score, percent, passed, graded';
const A_COLUMNS = COLUMNS.split(', ')
  .map((column) => `a.${column}`)
  .join(', ');

function toRecord(row: AttemptRow): AttemptRecord {
  return {
    id: row.id,
    quizId: row.quiz_id,
    enrolmentId: row.enrolment_id,
    number: row.number,
    layout: row.layout,
    answers: row.answers,
    startedAt: row.started_at,
    deadlineAt: row.deadline_at,
    submittedAt: row.submitted_at,
    score: row.score === null ? null : Number(row.score),
    maxScore: Number(row.max_score),
    percent: row.percent === null ? null : Number(row.percent),
    passed: row.passed,
    graded: row.graded,
  };
}

export interface NewAttempt {
  personId: string;
  enrolmentId: string;
  quizId: string;
  /** The quiz's module version, which the enrolment's training revision must pin. */
  moduleVersionId: string;
  maxAttempts: number;
  layout: AttemptLayout;
  timeLimitMinutes: number | null;
  /** With the module's slug, finds the session's closing date of the quiz. */
  quizSlug: string;
  maxScore: number;
}

export interface StartOutcome {
  /** The caller's enrolment; null when there is none with this id. */
  enrolment: { status: string; moduleVersionIds: string[] } | null;
  /** Attempts made so far, the new one not counted. */
  used: number;
  attempt: AttemptRecord | null;
  /** When the session closes the quiz; no attempt is made from then on. */
  closesAt: Date | null;
}

/**
 * The quiz attempts on the hot paths of a quiz in progress (start, autosave, submit): each a
 * single statement straight on the connection pool, ownership checked in the same statement.
 */
@Injectable()
export class QuizAttemptsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The caller's enrolment, with the module versions its training revision pins. */
  async ownEnrolment(
    personId: string,
    enrolmentId: string,
  ): Promise<{ status: string; moduleVersionIds: string[] } | null> {
    const [row] = await poolQuery<{ status: string; module_version_ids: string[] }>(
      this.db,
      `SELECT e.status, r.module_version_ids
         FROM enrolments e JOIN training_revisions r ON r.id = e.training_revision_id
        WHERE e.id = $1 AND e.person_id = $2`,
      [enrolmentId, personId],
      'quiz-enrolment-own',
    );
    return row ? { status: row.status, moduleVersionIds: row.module_version_ids } : null;
  }

  /** Whether the enrolment has submitted the post-test that names this pre-test in `pairedWith`. */
  async pairedPostTestSubmitted(
    enrolmentId: string,
    moduleVersionId: string,
    preTestSlug: string,
  ): Promise<boolean> {
    const [row] = await poolQuery<{ submitted: boolean }>(
      this.db,
      `SELECT EXISTS (
         SELECT 1 FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
          WHERE a.enrolment_id = $1 AND q.module_version_id = $2 AND q.paired_with = $3
            AND q.kind = 'post_test' AND a.submitted_at IS NOT NULL) AS submitted`,
      [enrolmentId, moduleVersionId, preTestSlug],
      'quiz-paired-post-submitted',
    );
    return row?.submitted ?? false;
  }

  /** The attempt if it belongs to the person; someone else's reads as missing. */
  async ownAttempt(personId: string, attemptId: string): Promise<AttemptRecord | null> {
    const [row] = await poolQuery<AttemptRow>(
      this.db,
      `SELECT ${A_COLUMNS} FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id
        WHERE a.id = $1 AND e.person_id = $2`,
      [attemptId, personId],
      'quiz-attempt-own',
    );
    return row ? toRecord(row) : null;
  }

  /**
   * In one statement: the caller's enrolment, and, when it holds a seat and pins the quiz's module,
   * the open attempt if there is one, or else a new one when fewer than the maximum have been
   * made. Two starts at once cannot both insert: the unique indexes on the open attempt and on its
   * number make the second a no-op (`attempt` null, `used` below the maximum), and a second pass
   * then finds the first one's attempt.
   */
  async openOrCreate(next: NewAttempt): Promise<StartOutcome> {
    const [row] = await poolQuery<
      AttemptRow & { used: number; status: string; module_version_ids: string[]; closes_at: Date | null }
    >(
      this.db,
      `WITH enrolment AS (
         SELECT e.status, r.module_version_ids
           FROM enrolments e JOIN training_revisions r ON r.id = e.training_revision_id
          WHERE e.id = $2::uuid AND e.person_id = $3::uuid
       ), allowed AS (
         SELECT 1 FROM enrolment WHERE status IN ('enrolled', 'completed') AND $4::uuid = ANY (module_version_ids)
       ), closing AS (
         SELECT d.closes_at
           FROM enrolments e JOIN session_quiz_deadlines d ON d.session_id = e.session_id AND d.quiz_slug = $9
           JOIN module_versions m ON m.id = $4::uuid AND m.slug = d.module_slug
          WHERE e.id = $2::uuid
       ), mine AS (
         SELECT ${COLUMNS} FROM quiz_attempts
          WHERE quiz_id = $1::uuid AND enrolment_id = $2::uuid AND EXISTS (SELECT 1 FROM allowed)
       ), inserted AS (
         INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, deadline_at, max_score)
         SELECT $1::uuid, $2::uuid, count(*) + 1, $5::jsonb,
                least(now() + make_interval(mins => $6::int), (SELECT closes_at FROM closing)), $7::numeric
           FROM mine
         HAVING count(*) < $8::int AND count(*) FILTER (WHERE submitted_at IS NULL) = 0
            AND EXISTS (SELECT 1 FROM allowed)
            AND NOT EXISTS (SELECT 1 FROM closing WHERE closes_at <= now())
         ON CONFLICT DO NOTHING
         RETURNING ${COLUMNS}
       ), attempt AS (
         SELECT * FROM inserted UNION ALL SELECT * FROM mine WHERE submitted_at IS NULL
       )
       SELECT enrolment.status, enrolment.module_version_ids, (SELECT count(*)::int FROM mine) AS used,
              (SELECT closes_at FROM closing) AS closes_at, attempt.*
         FROM (SELECT 1) AS one LEFT JOIN enrolment ON true LEFT JOIN attempt ON true`,
      [
        next.quizId,
        next.enrolmentId,
        next.personId,
        next.moduleVersionId,
        JSON.stringify(next.layout),
        next.timeLimitMinutes,
        next.maxScore,
        next.maxAttempts,
        next.quizSlug,
      ],
      'quiz-attempt-start',
    );
    return {
      enrolment: row.status ? { status: row.status, moduleVersionIds: row.module_version_ids } : null,
      used: row.used,
      attempt: row.id ? toRecord(row) : null,
      closesAt: row.closes_at,
    };
  }

  /** The quizzes' slugs and their modules' slugs, by which a quiz of an earlier version is matched. */
  quizSlugs(quizIds: string[]): Promise<{ id: string; slug: string; module_slug: string }[]> {
    return this.db.query(
      `SELECT q.id, q.slug, m.slug AS module_slug FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
        WHERE q.id = ANY($1::uuid[])`,
      [quizIds],
    );
  }

  /** The session's zone and its quizzes' closing dates by `moduleSlug/quizSlug`, for an enrolment. */
  async closingDates(enrolmentId: string): Promise<{ timeZone: string; deadlines: Map<string, Date> }> {
    const rows = await poolQuery<{ time_zone: string; key: string | null; closes_at: Date | null }>(
      this.db,
      `SELECT s.time_zone, d.module_slug || '/' || d.quiz_slug AS key, d.closes_at
         FROM enrolments e JOIN sessions s ON s.id = e.session_id
         LEFT JOIN session_quiz_deadlines d ON d.session_id = s.id
        WHERE e.id = $1`,
      [enrolmentId],
      'quiz-closing-dates',
    );
    return {
      timeZone: rows[0]?.time_zone ?? 'Europe/Istanbul',
      deadlines: new Map(rows.filter((r) => r.key).map((r) => [r.key as string, r.closes_at as Date])),
    };
  }

  /**
   * Saves one answer (null removes it) if the attempt is the person's and still open; the check
   * is part of the UPDATE, so an answer arriving after the submission or the deadline changes nothing.
   */
  async saveAnswer(
    personId: string,
    attemptId: string,
    questionId: string,
    answer: Answer | null,
  ): Promise<boolean> {
    const rows = await poolQuery(
      this.db,
      `UPDATE quiz_attempts a
          SET answers = CASE WHEN $4::jsonb IS NULL THEN a.answers - $3::text
                             ELSE jsonb_set(a.answers, ARRAY[$3::text], $4::jsonb) END
         FROM enrolments e
        WHERE a.id = $1 AND e.id = a.enrolment_id AND e.person_id = $2
          AND a.submitted_at IS NULL AND (a.deadline_at IS NULL OR a.deadline_at > now())
        RETURNING a.id`,
      [attemptId, personId, questionId, answer === null ? null : JSON.stringify(answer)],
      'quiz-attempt-save',
    );
    return rows.length > 0;
  }

  /**
   * Closes the attempt with its grade, provided it is still open and its answers are the ones the
   * grade was computed from; otherwise (graded by a concurrent submit, or an answer saved in
   * between) changes nothing and answers null. Past the deadline it counts as submitted then.
   */
  async close(attempt: AttemptRecord, result: Grade, passed: boolean): Promise<AttemptRecord | null> {
    const [row] = await poolQuery<AttemptRow>(
      this.db,
      `UPDATE quiz_attempts
          SET submitted_at = LEAST(now(), COALESCE(deadline_at, now())),
              score = $2, percent = $3, passed = $4, graded = $5
        WHERE id = $1 AND submitted_at IS NULL AND answers = $6::jsonb
        RETURNING ${COLUMNS}`,
      [
        attempt.id,
        result.score,
        result.percent,
        passed,
        JSON.stringify(result.perQuestion),
        JSON.stringify(attempt.answers),
      ],
      'quiz-attempt-close',
    );
    return row ? toRecord(row) : null;
  }

  /**
   * When a session moves to a newer revision, the attempts at a quiz whose content is unchanged
   * (same module and quiz, same questions, pass mark and pairing) move to the new version's quiz:
   * the same attempts used, the same scores, the same knowledge gain. Attempts at a changed quiz
   * stay on the old version's quiz, where the history still shows them and the first pre-test
   * attempt still anchors the gain (see knowledge_gains(), migration 1765400000000). Runs in the
   * caller's transaction, with the session's own move.
   */
  async carryOver(manager: EntityManager, sessionId: string, moduleVersionIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE quiz_attempts a SET quiz_id = new_quiz.id
         FROM enrolments e, quizzes old_quiz, module_versions old_module, module_versions new_module, quizzes new_quiz
        WHERE e.id = a.enrolment_id AND e.session_id = $1
          AND old_quiz.id = a.quiz_id AND old_module.id = old_quiz.module_version_id
          AND new_module.slug = old_module.slug AND new_module.id = ANY($2::uuid[]) AND new_module.id <> old_module.id
          AND new_quiz.module_version_id = new_module.id AND new_quiz.slug = old_quiz.slug
          AND new_quiz.kind = old_quiz.kind AND new_quiz.questions = old_quiz.questions
          AND new_quiz.pass_mark_percent = old_quiz.pass_mark_percent
          AND new_quiz.paired_with IS NOT DISTINCT FROM old_quiz.paired_with`,
      [sessionId, moduleVersionIds],
    );
  }
}
