import { LRUCache } from 'lru-cache';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AttemptView, QuizSummaryForTrainee } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { LessonEntity } from '../content/lesson.entity';
import { ModuleVersionEntity } from '../content/module-version.entity';
import { answerFits, grade } from './grading';
import { newLayout, toAttemptView, toQuizSummary } from './attempt-view';
import { SaveAnswerDto } from './assessments.dto';
import { QuizAttemptEntity } from './quiz-attempt.entity';
import { type AttemptRecord, QuizAttemptsRepository } from './quiz-attempts.repository';
import { QuizEntity } from '../content/quiz.entity';
import { problem } from '../common/api-problem';

interface OwnEnrolment {
  id: string;
  status: string;
  moduleVersionIds: string[];
}

@Injectable()
export class QuizAttemptsService {
  /** Published quizzes never change, so each is read from the database once and kept (up to 1,000). */
  private readonly quizzes = new LRUCache<string, Promise<QuizEntity | null>>({ max: 1000 });
  /** Attempt id → quiz id, a fact that never changes; up to 50,000, least recently used forgotten first. */
  private readonly quizOfAttempt = new LRUCache<string, string>({ max: 50_000 });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attempts: QuizAttemptsRepository,
  ) {}

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
    const [quizzes, modules, attempts, lessons, closing] = await Promise.all([
      this.db.getRepository(QuizEntity).find({ where: { moduleVersionId: In(enrolment.moduleVersionIds) } }),
      this.db.getRepository(ModuleVersionEntity).find({ where: { id: In(enrolment.moduleVersionIds) } }),
      this.db.getRepository(QuizAttemptEntity).find({ where: { enrolmentId } }),
      this.db.getRepository(LessonEntity).find({
        select: { id: true, slug: true, moduleVersionId: true },
        where: { moduleVersionId: In(enrolment.moduleVersionIds) },
      }),
      this.attempts.closingDates(enrolmentId),
    ]);
    const submittedPostTestOf = (pre: QuizEntity) =>
      quizzes.some(
        (post) =>
          post.moduleVersionId === pre.moduleVersionId &&
          post.pairedWith === pre.slug &&
          attempts.some((a) => a.quizId === post.id && a.submittedAt),
      );
    // Attempts at quizzes of an earlier version (changed since): shown beside the quiz they became.
    const current = new Set(quizzes.map((q) => q.id));
    const earlierIds = [...new Set(attempts.map((a) => a.quizId).filter((id) => !current.has(id)))];
    const earlier = earlierIds.length ? await this.attempts.quizSlugs(earlierIds) : [];
    const order = (q: QuizEntity) =>
      enrolment.moduleVersionIds.indexOf(q.moduleVersionId) * 10 +
      ['pre_test', 'knowledge_check', 'post_test'].indexOf(q.kind);
    return quizzes
      .sort((a, b) => order(a) - order(b))
      .map((quiz) => {
        const module = modules.find((m) => m.id === quiz.moduleVersionId) as ModuleVersionEntity;
        const lesson = lessons.find(
          (l) => l.moduleVersionId === quiz.moduleVersionId && l.slug === quiz.afterLesson,
        );
        return toQuizSummary(
          quiz,
          { slug: module.slug, title: module.title },
          attempts.filter((a) => a.quizId === quiz.id),
          { afterLessonId: lesson?.id ?? null, postTestSubmitted: submittedPostTestOf(quiz) },
          attempts.filter((a) =>
            earlier.some((e) => e.id === a.quizId && e.slug === quiz.slug && e.module_slug === module.slug),
          ),
          {
            closesAt: closing.deadlines.get(`${module.slug}/${quiz.slug}`) ?? null,
            timeZone: closing.timeZone,
          },
        );
      });
  }

  /**
   * Starts an attempt, or resumes the open one. A double click or a whole room pressing "start"
   * at once never makes two attempts for one person: see `QuizAttemptsRepository.openOrCreate`.
   */
  async start(caller: SignedInPerson, enrolmentId: string, quizId: string): Promise<AttemptView> {
    const quiz = await this.quiz(quizId);
    if (!quiz) {
      // An unknown quiz: the enrolment's own refusals come first, as for a known one.
      await this.ownEnrolment(caller, enrolmentId);
      throw new NotFoundException('This quiz is not part of your training');
    }
    const next = {
      personId: caller.id,
      enrolmentId,
      quizId,
      moduleVersionId: quiz.moduleVersionId,
      quizSlug: quiz.slug,
      maxAttempts: quiz.maxAttempts,
      layout: newLayout(quiz),
      timeLimitMinutes: quiz.timeLimitMinutes,
      maxScore: quiz.questions.reduce((sum, q) => sum + q.points, 0),
    };
    // A second pass follows a start that lost the race to a concurrent one, or an open attempt
    // found past its deadline and closed; a third covers both.
    for (let pass = 0; pass < 3; pass++) {
      const { enrolment, used, attempt, closesAt } = await this.attempts.openOrCreate(next);
      if (!this.checkEnrolment(enrolment).moduleVersionIds.includes(quiz.moduleVersionId))
        throw new NotFoundException('This quiz is not part of your training');
      if (attempt && this.expired(attempt)) {
        await this.close(caller, quiz, attempt);
      } else if (attempt) {
        this.remember(attempt);
        return toAttemptView(quiz, attempt);
      } else if (closesAt && closesAt <= new Date()) {
        throw new ConflictException(
          problem('quiz.closed', `This quiz closed on ${closesAt.toISOString()}`, {
            closesAt: closesAt.toISOString(),
          }),
        );
      } else if (used >= quiz.maxAttempts) {
        throw new ConflictException(
          problem(
            'quiz.attemptsUsed',
            `You have used all ${quiz.maxAttempts} attempt${quiz.maxAttempts === 1 ? '' : 's'} at this quiz`,
            { max: quiz.maxAttempts },
          ),
        );
      }
    }
    throw new ConflictException(
      problem(
        'quiz.startChanged',
        'The attempt changed while it was being started; please press start again',
      ),
    );
  }

  /** The attempt as its owner sees it; one past its deadline is closed and graded first. */
  async view(caller: SignedInPerson, attemptId: string): Promise<AttemptView> {
    const { attempt, quiz } = await this.ownAttempt(caller, attemptId);
    if (this.expired(attempt)) return toAttemptView(quiz, await this.close(caller, quiz, attempt));
    const postTestSubmitted =
      quiz.reviewPolicy === 'after_post_test' &&
      (await this.attempts.pairedPostTestSubmitted(attempt.enrolmentId, quiz.moduleVersionId, quiz.slug));
    return toAttemptView(quiz, attempt, postTestSubmitted);
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
    // Which quiz an attempt belongs to never changes; once known, the save is a single UPDATE
    // that checks ownership and openness itself.
    const quizId = this.quizOfAttempt.get(attemptId) ?? (await this.ownAttempt(caller, attemptId)).quiz.id;
    const quiz = (await this.quiz(quizId)) as QuizEntity;
    const question = quiz.questions.find((q) => q.id === request.questionId);
    if (!question || (request.answer !== null && !answerFits(question, request.answer))) {
      // Someone else's attempt stays a 404 whatever the answer.
      await this.ownAttempt(caller, attemptId);
      if (!question) {
        throw new BadRequestException({
          message: 'questionId: not a question of this attempt',
          details: [{ field: 'questionId', reason: 'not a question of this attempt' }],
        });
      }
      throw new BadRequestException({
        message: `answer: not an answer to a ${question.type.replace('_', ' ')} question`,
        details: [{ field: 'answer', reason: `does not fit a ${question.type} question` }],
      });
    }
    if (await this.attempts.saveAnswer(caller.id, attemptId, question.id, request.answer)) {
      return { saved: true };
    }
    // Not saved: say why.
    const { attempt } = await this.ownAttempt(caller, attemptId);
    throw new ConflictException(
      attempt.submittedAt
        ? problem('quiz.alreadySubmitted', 'This attempt was already submitted; the answer was not saved')
        : problem(
            'quiz.timeUp',
            'The time limit has passed; the answer was not saved and your saved answers are being graded',
          ),
    );
  }

  /**
   * Grades and closes the attempt with the answers saved so far. Submitting again (a double
   * click, a retry) grades nothing and returns the same result.
   */
  async submit(caller: SignedInPerson, attemptId: string): Promise<AttemptView> {
    const { attempt, quiz } = await this.ownAttempt(caller, attemptId);
    return toAttemptView(quiz, await this.close(caller, quiz, attempt));
  }

  /**
   * Grades the attempt with its answers as stored and closes it, unless it is already closed. The
   * UPDATE makes the first grading the only one, and grades exactly the answers it closes with:
   * should an autosave land in between, the attempt is read again and graded anew.
   */
  private async close(
    caller: SignedInPerson,
    quiz: QuizEntity,
    attempt: AttemptRecord,
  ): Promise<AttemptRecord> {
    let current = attempt;
    for (let pass = 0; pass < 5 && !current.submittedAt; pass++) {
      const result = grade(quiz.questions, current.answers, current.layout);
      const closed = await this.attempts.close(current, result, result.percent >= quiz.passMarkPercent);
      if (closed) return closed;
      current = (await this.attempts.ownAttempt(caller.id, current.id)) as AttemptRecord;
    }
    if (!current.submittedAt)
      throw new ConflictException(
        problem('quiz.submitChanged', 'The attempt kept changing; please submit again'),
      );
    return current;
  }

  private expired(attempt: AttemptRecord): boolean {
    return !attempt.submittedAt && attempt.deadlineAt !== null && attempt.deadlineAt <= new Date();
  }

  private remember(attempt: AttemptRecord): void {
    this.quizOfAttempt.set(attempt.id, attempt.quizId);
  }

  private async ownEnrolment(caller: SignedInPerson, enrolmentId: string): Promise<OwnEnrolment> {
    const enrolment = this.checkEnrolment(await this.attempts.ownEnrolment(caller.id, enrolmentId));
    return { id: enrolmentId, ...enrolment };
  }

  /** Quizzes are for one's own enrolment, once it holds a seat. */
  private checkEnrolment<T extends { status: string }>(enrolment: T | null): T {
    if (!enrolment) throw new NotFoundException('No enrolment of yours with this id');
    if (enrolment.status !== 'enrolled' && enrolment.status !== 'completed')
      throw new ForbiddenException(
        `Quizzes open once you hold a seat in the session (your enrolment is ${enrolment.status})`,
      );
    return enrolment;
  }

  /** Someone else's attempt is a 404, like one that does not exist. */
  private async ownAttempt(
    caller: SignedInPerson,
    attemptId: string,
  ): Promise<{ attempt: AttemptRecord; quiz: QuizEntity }> {
    const attempt = await this.attempts.ownAttempt(caller.id, attemptId);
    if (!attempt) throw new NotFoundException('No attempt of yours with this id');
    this.remember(attempt);
    return { attempt, quiz: (await this.quiz(attempt.quizId)) as QuizEntity };
  }
}
