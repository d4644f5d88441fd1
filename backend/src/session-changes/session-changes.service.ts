import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionDetail } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { QuizAttemptsRepository } from '../assessments/quiz-attempts.repository';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { LessonProgressRepository } from '../learning/lesson-progress.repository';
import { SaveSessionDto } from '../sessions/sessions.dto';
import { SessionsService } from '../sessions/sessions.service';

/**
 * The session changes that reach the people enrolled in it, each in one transaction with the
 * session's own change: a larger capacity gives its free seats to the waiting list, and a move to
 * the training's latest revision takes every enrolment along with its lesson progress and quiz
 * attempts. They run here, above sessions, enrolments, learning and assessments, so that each of
 * those features writes only its own tables.
 */
@Injectable()
export class SessionChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly enrolments: EnrolmentsService,
    private readonly lessonProgress: LessonProgressRepository,
    private readonly quizAttempts: QuizAttemptsRepository,
  ) {}

  async update(actor: SignedInPerson, id: string, request: SaveSessionDto): Promise<SessionDetail> {
    await this.sessions.checkChange(request);
    await this.db.transaction(async (manager) => {
      const freeSeats = await this.sessions.saveChange(manager, id, request);
      await this.enrolments.promoteFromWaitlist(manager, actor, id, freeSeats);
    });
    return this.sessions.detail(id);
  }

  async moveToLatestRevision(actor: SignedInPerson, id: string): Promise<SessionDetail> {
    await this.db.transaction(async (manager) => {
      const target = await this.sessions.moveToLatestRevision(manager, actor, id);
      if (!target) return;
      await this.lessonProgress.carryOver(manager, id, target.moduleVersionIds);
      await this.quizAttempts.carryOver(manager, id, target.moduleVersionIds);
      await this.enrolments.moveToRevision(manager, id, target.id);
    });
    return this.sessions.detail(id);
  }
}
