import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AttemptView, QuizSummaryForTrainee } from '@atolye/shared';
import type { SignedInPerson } from '../auth/signed-in-person';
import { ModuleVersionEntity } from '../content/module-version.entity';
import { answerFits, grade } from './grading';
import { newLayout, toAttemptView, toQuizSummary } from './attempt-view';
import { SaveAnswerDto } from './assessments.dto';
import { QuizAttemptEntity } from './quiz-attempt.entity';
import { QuizEntity } from './quiz.entity';

interface OwnEnrolment {
  id: string;
  status: string;
  moduleVersionIds: string[];
}

@Injectable()
export class QuizAttemptsService {
  /** Published quizzes never change, so each is read from the database once per process. */
  private readonly quizzes = new Map<string, Promise<QuizEntity | null>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private quiz(id: string): Promise<QuizEntity | null> {
    let quiz = this.quizzes.get(id);
    if (!quiz) {
      quiz = this.db.getRepository(QuizEntity).findOne({ where: { id } });
      this.quizzes.set(id, quiz);
      // A miss (unknown id) is not kept, so a quiz published later is found.
      void quiz.then((found) => found ?? this.quizzes.delete(id));
    }
    return quiz;
  }

  /** The quizzes of the modules the trainee's enrolment pins, with their attempts so far. */
  async list(caller: SignedInPerson, enrolmentId: string): Promise<QuizSummaryForTrainee[]> {
    const enrolment = await this.ownEnrolment(caller, enrolmentId);
    const [quizzes, modules, attempts] = await Promise.all([
      this.db.getRepository(QuizEntity).find({ where: { moduleVersionId: In(enrolment.moduleVersionIds) } }),
      this.db.getRepository(ModuleVersionEntity).find({ where: { id: In(enrolment.moduleVersionIds) } }),
      this.db.getRepository(QuizAttemptEntity).find({ where: { enrolmentId } }),
    ]);
    const order = (q: QuizEntity) =>
      enrolment.moduleVersionIds.indexOf(q.moduleVersionId) * 10 +
      ['pre_test', 'knowledge_check', 'post_test'].indexOf(q.kind);
    return quizzes
      .sort((a, b) => order(a) - order(b))
      .map((quiz) => {
        const module = modules.find((m) => m.id === quiz.moduleVersionId) as ModuleVersionEntity;
        return toQuizSummary(
          quiz,
          { slug: module.slug, title: module.title },
          attempts.filter((a) => a.quizId === quiz.id),
        );
      });
  }

  /**
   * Starts an attempt, or resumes the open one. Runs with the enrolment row locked, so a double
   * click or a whole room pressing "start" at once never makes two attempts for one person.
   */
  async start(caller: SignedInPerson, enrolmentId: string, quizId: string): Promise<AttemptView> {
    const enrolment = await this.ownEnrolment(caller, enrolmentId);
    const quiz = await this.quiz(quizId);
    if (!quiz || !enrolment.moduleVersionIds.includes(quiz.moduleVersionId))
      throw new NotFoundException('This quiz is not part of your training');
    const attemptId = await this.db.transaction(async (manager) => {
      await manager.query('SELECT id FROM enrolments WHERE id = $1 FOR UPDATE', [enrolmentId]);
      await this.closeExpired(manager, quiz, enrolmentId);
      const attempts = await manager
        .getRepository(QuizAttemptEntity)
        .find({ where: { quizId, enrolmentId } });
      const open = attempts.find((a) => !a.submittedAt);
      if (open) return open.id;
      if (attempts.length >= quiz.maxAttempts) {
        throw new ConflictException(
          `You have used all ${quiz.maxAttempts} attempt${quiz.maxAttempts === 1 ? '' : 's'} at this quiz`,
        );
      }
      const now = new Date();
      const saved = await manager.getRepository(QuizAttemptEntity).save({
        startedAt: now,
        quizId,
        enrolmentId,
        number: attempts.length + 1,
        layout: newLayout(quiz),
        answers: {},
        deadlineAt: quiz.timeLimitMinutes ? new Date(now.getTime() + quiz.timeLimitMinutes * 60_000) : null,
        maxScore: quiz.questions.reduce((sum, q) => sum + q.points, 0),
      });
      return saved.id;
    });
    return this.view(caller, attemptId);
  }

  /** The attempt as its owner sees it; one past its deadline is closed and graded first. */
  async view(caller: SignedInPerson, attemptId: string): Promise<AttemptView> {
    const { attempt, quiz } = await this.ownAttempt(caller, attemptId);
    if (!attempt.submittedAt && attempt.deadlineAt && attempt.deadlineAt <= new Date()) {
      return this.submit(caller, attemptId);
    }
    return toAttemptView(quiz, attempt);
  }

  /**
   * Saves one answer. The "still open" check is part of the UPDATE itself, so an autosave that
   * arrives after submission or after the deadline changes nothing.
   */
  async saveAnswer(
    caller: SignedInPerson,
    attemptId: string,
    request: SaveAnswerDto,
  ): Promise<{ saved: true }> {
    const { attempt, quiz } = await this.ownAttempt(caller, attemptId);
    const question = quiz.questions.find((q) => q.id === request.questionId);
    if (!question || !attempt.layout.questionIds.includes(question.id)) {
      throw new BadRequestException({
        message: 'questionId: not a question of this attempt',
        details: [{ field: 'questionId', reason: 'not a question of this attempt' }],
      });
    }
    if (!answerFits(question, request.answer)) {
      throw new BadRequestException({
        message: `answer: not an answer to a ${question.type.replace('_', ' ')} question`,
        details: [{ field: 'answer', reason: `does not fit a ${question.type} question` }],
      });
    }
    // For an UPDATE, TypeORM answers [rows, affected count].
    const [rows]: [unknown[], number] = await this.db.query(
      `UPDATE quiz_attempts SET answers = jsonb_set(answers, ARRAY[$2::text], $3::jsonb)
        WHERE id = $1 AND submitted_at IS NULL AND (deadline_at IS NULL OR deadline_at > now())
        RETURNING id`,
      [attemptId, question.id, JSON.stringify(request.answer)],
    );
    if (rows.length === 0) {
      throw new ConflictException(
        attempt.submittedAt
          ? 'This attempt was already submitted; the answer was not saved'
          : 'The time limit has passed; the answer was not saved and your saved answers are being graded',
      );
    }
    return { saved: true };
  }

  /**
   * Grades and closes the attempt with the answers saved so far. Submitting again (a double
   * click, a retry) grades nothing and returns the same result.
   */
  async submit(caller: SignedInPerson, attemptId: string): Promise<AttemptView> {
    const { attempt, quiz } = await this.ownAttempt(caller, attemptId);
    if (!attempt.submittedAt) await this.grade(this.db.manager, quiz, attempt);
    return toAttemptView(quiz, (await this.ownAttempt(caller, attemptId)).attempt);
  }

  private async grade(manager: EntityManager, quiz: QuizEntity, attempt: QuizAttemptEntity): Promise<void> {
    // Grade the answers as stored; the WHERE makes the first grading the only one.
    const [fresh] = await manager.query('SELECT answers FROM quiz_attempts WHERE id = $1', [attempt.id]);
    const result = grade(quiz.questions, fresh?.answers ?? {});
    await manager.query(
      `UPDATE quiz_attempts
          SET submitted_at = LEAST(now(), COALESCE(deadline_at, now())), score = $2, percent = $3, passed = $4, graded = $5
        WHERE id = $1 AND submitted_at IS NULL`,
      [
        attempt.id,
        result.score,
        result.percent,
        result.percent >= quiz.passMarkPercent,
        JSON.stringify(result.perQuestion),
      ],
    );
  }

  private async closeExpired(manager: EntityManager, quiz: QuizEntity, enrolmentId: string): Promise<void> {
    const expired = await manager
      .getRepository(QuizAttemptEntity)
      .createQueryBuilder('a')
      .where(
        'a.quizId = :quizId AND a.enrolmentId = :enrolmentId AND a.submittedAt IS NULL AND a.deadlineAt <= now()',
        { quizId: quiz.id, enrolmentId },
      )
      .getMany();
    for (const attempt of expired) await this.grade(manager, quiz, attempt);
  }

  private async ownEnrolment(caller: SignedInPerson, enrolmentId: string): Promise<OwnEnrolment> {
    const [row] = await this.db.query(
      `SELECT e.id, e.status, r.module_version_ids FROM enrolments e JOIN training_revisions r ON r.id = e.training_revision_id
        WHERE e.id = $1 AND e.person_id = $2`,
      [enrolmentId, caller.id],
    );
    if (!row) throw new NotFoundException('No enrolment of yours with this id');
    if (row.status !== 'enrolled' && row.status !== 'completed')
      throw new ForbiddenException(
        `Quizzes open once you hold a seat in the session (your enrolment is ${row.status})`,
      );
    return { id: row.id, status: row.status, moduleVersionIds: row.module_version_ids };
  }

  /** Someone else's attempt is a 404, like one that does not exist. */
  private async ownAttempt(
    caller: SignedInPerson,
    attemptId: string,
  ): Promise<{ attempt: QuizAttemptEntity; quiz: QuizEntity }> {
    const attempt = await this.db
      .getRepository(QuizAttemptEntity)
      .createQueryBuilder('a')
      .innerJoin('enrolments', 'e', 'e.id = a.enrolment_id')
      .where('a.id = :attemptId AND e.person_id = :personId', { attemptId, personId: caller.id })
      .getOne();
    if (!attempt) throw new NotFoundException('No attempt of yours with this id');
    const quiz = (await this.db
      .getRepository(QuizEntity)
      .findOne({ where: { id: attempt.quizId } })) as QuizEntity;
    return { attempt, quiz };
  }
}
