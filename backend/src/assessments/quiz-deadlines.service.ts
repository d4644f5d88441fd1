import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { LocalisedText, QuizKind, SessionQuizDeadlines } from '@atolye/shared';
import { SaveQuizDeadlinesDto } from './quiz-deadlines.dto';
import { QuizDeadlinesRepository } from './quiz-deadlines.repository';

/**
 * The closing date and time a session sets for each of its pre- and post-tests. Keyed by module
 * and quiz slug, so moving the session to a newer version of its training keeps them.
 */
@Injectable()
export class QuizDeadlinesService {
  constructor(private readonly deadlines: QuizDeadlinesRepository) {}

  async get(sessionId: string): Promise<SessionQuizDeadlines> {
    const rows = await this.deadlines.ofSession(sessionId);
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
    await this.deadlines.replace(sessionId, request.deadlines);
    return this.get(sessionId);
  }
}
