import type { DataSource } from 'typeorm';
import type { SignedInPerson } from '../access/signed-in-person';
import type { Grade } from './grading';
import type { AttemptRecord, QuizAttemptsRepository } from './quiz-attempts.repository';
import { QuizAttemptsService } from './quiz-attempts.service';
import type { QuizEntity } from '../content/quiz.entity';

const quiz = {
  id: 'quiz-1',
  moduleVersionId: 'module-1',
  kind: 'post_test',
  title: { en: 'Post-test' },
  passMarkPercent: 50,
  timeLimitMinutes: null,
  maxAttempts: 1,
  shuffleQuestions: false,
  shuffleOptions: false,
  reviewPolicy: 'after_each_attempt',
  questions: ['q1', 'q2'].map((id) => ({
    id,
    type: 'true_false',
    points: 1,
    text: { en: id },
    answer: true,
  })),
} as unknown as QuizEntity;

const caller = { id: 'person-1' } as SignedInPerson;

function openAttempt(answers: AttemptRecord['answers']): AttemptRecord {
  return {
    id: 'attempt-1',
    quizId: quiz.id,
    enrolmentId: 'enrolment-1',
    number: 1,
    layout: { questionIds: ['q1', 'q2'], order: {} },
    answers,
    startedAt: new Date('2026-11-26T10:00:00Z'),
    deadlineAt: null,
    submittedAt: null,
    score: null,
    maxScore: 2,
    percent: null,
    passed: null,
    graded: null,
  };
}

describe(QuizAttemptsService.name, () => {
  describe('submit', () => {
    it('grades the answers the attempt closes with, when an answer is saved while it is graded', async () => {
      const before = openAttempt({ q1: { value: true } });
      const after = openAttempt({ q1: { value: true }, q2: { value: true } });
      const closes: { answers: AttemptRecord['answers']; score: number }[] = [];
      const repository = {
        ownAttempt: jest.fn().mockResolvedValueOnce(before).mockResolvedValueOnce(after),
        // The first close finds other answers stored than those graded and changes nothing.
        close: jest.fn(async (attempt: AttemptRecord, result: Grade, passed: boolean) => {
          closes.push({ answers: attempt.answers, score: result.score });
          if (attempt === before) return null;
          return {
            ...attempt,
            submittedAt: new Date(),
            score: result.score,
            percent: result.percent,
            passed,
            graded: result.perQuestion,
          };
        }),
      };
      const db = { getRepository: () => ({ findOne: async () => quiz }) } as unknown as DataSource;
      const service = new QuizAttemptsService(db, repository as unknown as QuizAttemptsRepository);

      const view = await service.submit(caller, 'attempt-1');

      expect(closes).toEqual([
        { answers: before.answers, score: 1 },
        { answers: after.answers, score: 2 },
      ]);
      expect(view.result).toMatchObject({ score: 2, maxScore: 2, passed: true });
    });

    it('grades nothing again for an attempt already submitted', async () => {
      const submitted = { ...openAttempt({}), submittedAt: new Date(), score: 0, percent: 0, passed: false };
      const repository = { ownAttempt: jest.fn().mockResolvedValue(submitted), close: jest.fn() };
      const db = { getRepository: () => ({ findOne: async () => quiz }) } as unknown as DataSource;
      const service = new QuizAttemptsService(db, repository as unknown as QuizAttemptsRepository);

      await service.submit(caller, 'attempt-1');

      expect(repository.close).not.toHaveBeenCalled();
    });
  });
});
