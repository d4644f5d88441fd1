import { Injectable } from '@nestjs/common';
import type { SessionQuizResults, TraineeQuizResult } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { exportWords } from '../common/export-labels';
import { csvFile, xlsxFile } from '../common/spreadsheet-export';
import { SessionsService } from '../sessions/sessions.service';
import { QuizResultsRepository } from './quiz-results.repository';

/** Quiz results of a session for its trainers and coordinators, computed in SQL. */
@Injectable()
export class QuizResultsService {
  constructor(
    private readonly results: QuizResultsRepository,
    private readonly sessions: SessionsService,
  ) {}

  async forSession(caller: SignedInPerson, sessionId: string): Promise<SessionQuizResults> {
    const session = await this.sessions.visible(caller, sessionId);
    const quizzes = await this.results.quizzes(session.trainingRevisionId, sessionId);
    const rows = await this.results.scores(sessionId);
    const gainRows = await this.results.gains(sessionId);
    const difficulty = await this.results.difficulty(sessionId);
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
