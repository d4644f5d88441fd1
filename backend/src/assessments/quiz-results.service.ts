import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionQuizResults, TraineeQuizResult } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { exportWords } from '../common/export-labels';
import { csvFile, xlsxFile } from '../common/spreadsheet-export';
import { SessionsService } from '../sessions/sessions.service';
import type { QuizEntity } from '../content/quiz.entity';

interface ScoreRow {
  enrolment_id: string;
  full_name: string;
  organisation: string | null;
  quiz_id: string | null;
  attempts: number;
  best: string | null;
  latest: string | null;
  passed: boolean | null;
}

interface GainRow {
  enrolment_id: string;
  module_slug: string;
  post_test_slug: string;
  pre_first: string;
  post_best: string;
  gain: string;
}

/** Quiz results of a session for its trainers and coordinators, computed in SQL. */
@Injectable()
export class QuizResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async forSession(caller: SignedInPerson, sessionId: string): Promise<SessionQuizResults> {
    const session = await this.sessions.visible(caller, sessionId);
    // The quizzes of the session's revision, then those of earlier versions its trainees took
    // before the session moved to this one (their attempts stay in the history).
    const quizzes: (Pick<
      QuizEntity,
      'id' | 'slug' | 'kind' | 'title' | 'pairedWith' | 'moduleVersionId' | 'questions'
    > & { module_slug: string; earlier: boolean })[] = await this.db.query(
      `SELECT q.id, q.slug, q.kind, q.title, q.paired_with AS "pairedWith", q.module_version_id AS "moduleVersionId", q.questions,
              m.slug AS module_slug, NOT (q.module_version_id = ANY(r.module_version_ids)) AS earlier
         FROM quizzes q JOIN module_versions m ON m.id = q.module_version_id
         JOIN training_revisions r ON r.id = $1
        WHERE q.module_version_id = ANY(r.module_version_ids)
           OR q.id IN (SELECT a.quiz_id FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.session_id = $2)
        ORDER BY array_position(r.module_version_ids, q.module_version_id) NULLS LAST, m.slug, q.kind DESC, m.published_at`,
      [session.trainingRevisionId, sessionId],
    );
    const rows: ScoreRow[] = await this.db.query(
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
    const gainRows: GainRow[] = await this.db.query(
      `SELECT k.enrolment_id, k.module_slug, k.post_test_slug, k.pre_first, k.post_best, k.gain
         FROM knowledge_gains(ARRAY(SELECT id FROM enrolments WHERE session_id = $1 AND status IN ('enrolled', 'completed'))) k`,
      [sessionId],
    );
    const difficulty: { quiz_id: string; question_id: string; percent_correct: string; answered: number }[] =
      await this.db.query(
        `SELECT a.quiz_id, g.key AS question_id,
              round(100.0 * count(*) FILTER (WHERE (g.value->>'awarded')::numeric = (g.value->>'points')::numeric) / count(*), 1) AS percent_correct,
              count(*)::int AS answered
         FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id, jsonb_each(a.graded) g
        WHERE e.session_id = $1 AND a.submitted_at IS NOT NULL
        GROUP BY a.quiz_id, g.key`,
        [sessionId],
      );
    const current = quizzes.filter((q) => !q.earlier);
    const pairs = current
      .filter((q) => q.kind === 'post_test' && q.pairedWith)
      .map((post) => ({
        post,
        pre: current.find((q) => q.moduleVersionId === post.moduleVersionId && q.slug === post.pairedWith),
      }))
      .filter((p) => p.pre);

    const trainees = new Map<string, TraineeQuizResult>();
    for (const row of rows) {
      const trainee = trainees.get(row.enrolment_id) ?? {
        enrolmentId: row.enrolment_id,
        fullName: row.full_name,
        organisation: row.organisation,
        quizzes: {},
        gains: {},
        knowledge: {},
      };
      if (row.quiz_id) {
        trainee.quizzes[row.quiz_id] = {
          best: num(row.best),
          latest: num(row.latest),
          passed: row.passed ?? false,
          attempts: row.attempts,
        };
      }
      trainees.set(row.enrolment_id, trainee);
    }
    // The gain as knowledge_gains() defines it, filed under the current version's post-test.
    for (const gain of gainRows) {
      const trainee = trainees.get(gain.enrolment_id);
      const pair = pairs.find(
        (p) => p.post.module_slug === gain.module_slug && p.post.slug === gain.post_test_slug,
      );
      if (!trainee || !pair) continue;
      const figures = { pre: Number(gain.pre_first), post: Number(gain.post_best), gain: Number(gain.gain) };
      trainee.knowledge[pair.post.id] = figures;
      trainee.gains[pair.post.id] = figures.gain;
    }
    const list = [...trainees.values()];
    return {
      sessionId,
      quizzes: quizzes.map((q) => ({
        id: q.id,
        moduleSlug: q.module_slug,
        slug: q.slug,
        kind: q.kind,
        title: q.title,
        pairedWithQuizId: pairs.find((p) => p.post.id === q.id)?.pre?.id ?? null,
        earlierVersion: q.earlier,
      })),
      trainees: list,
      difficulty: difficulty.map((d) => {
        const question = quizzes
          .find((q) => q.id === d.quiz_id)
          ?.questions.find((x) => x.id === d.question_id);
        return {
          quizId: d.quiz_id,
          questionId: d.question_id,
          text: question?.text ?? {},
          percentCorrect: Number(d.percent_correct),
          answered: d.answered,
        };
      }),
      averageGain: pairs.map(({ post }) => {
        const both = list.flatMap((t) => t.knowledge[post.id] ?? []);
        return {
          postTestQuizId: post.id,
          preAverage: average(both.map((k) => k.pre)),
          postAverage: average(both.map((k) => k.post)),
          average: average(both.map((k) => k.gain)),
          trainees: both.length,
        };
      }),
    };
  }

  /**
   * One row per trainee: best score per quiz and the knowledge gain per pair, headed in the
   * language of the person exporting.
   */
  async export(caller: SignedInPerson, sessionId: string, format: 'csv' | 'xlsx'): Promise<Buffer> {
    const results = await this.forSession(caller, sessionId);
    const words = exportWords(caller.language);
    const header = [
      words.name,
      words.organisation,
      ...results.quizzes.map((q) => `${q.moduleSlug} ${q.slug} ${words.bestPercent}`),
      ...results.averageGain.map(
        (g) => `${results.quizzes.find((q) => q.id === g.postTestQuizId)?.moduleSlug} ${words.gain}`,
      ),
    ];
    const body = results.trainees.map((t) => [
      t.fullName,
      t.organisation ?? '',
      ...results.quizzes.map((q) => t.quizzes[q.id]?.best ?? ''),
      ...results.averageGain.map((g) => t.gains[g.postTestQuizId] ?? ''),
    ]);
    const rows = [header, ...body];
    return format === 'xlsx' ? xlsxFile([{ name: words.quizResultsSheet, rows }]) : csvFile(rows);
  }
}

function num(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** A mean to two decimals, null for none. */
function average(values: number[]): number | null {
  return values.length ? Math.round((100 * values.reduce((a, b) => a + b, 0)) / values.length) / 100 : null;
}
