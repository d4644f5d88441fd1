import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AttemptView, QuizSummaryForTrainee, SessionQuizResults } from '@atolye/shared';
import { RequirePermission, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import { SaveAnswerDto } from './assessments.dto';
import { QuizAttemptsService } from './quiz-attempts.service';
import { QuizResultsService } from './quiz-results.service';

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(
    private readonly attempts: QuizAttemptsService,
    private readonly results: QuizResultsService,
  ) {}

  /** The quizzes of an enrolment's modules, with attempts used and the best score. */
  @Get('my/enrolments/:id/quizzes')
  @SignedIn()
  list(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
  ): Promise<QuizSummaryForTrainee[]> {
    return this.attempts.list(caller, id);
  }

  /** Starts an attempt, or resumes the open one; refused beyond the quiz's maximum attempts. */
  @Post('my/enrolments/:id/quizzes/:quizId/attempts')
  @HttpCode(200)
  @SignedIn()
  start(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('quizId', UuidParam) quizId: string,
  ): Promise<AttemptView> {
    return this.attempts.start(caller, id, quizId);
  }

  @Get('my/attempts/:id')
  @SignedIn()
  view(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<AttemptView> {
    return this.attempts.view(caller, id);
  }

  /** Autosaves one answer while the attempt is open. */
  @Put('my/attempts/:id/answers')
  @SignedIn()
  save(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveAnswerDto,
  ): Promise<{ saved: true }> {
    return this.attempts.saveAnswer(caller, id, body);
  }

  /** Grades the attempt once; sending it again returns the same result. */
  @Post('my/attempts/:id/submit')
  @HttpCode(200)
  @SignedIn()
  submit(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<AttemptView> {
    return this.attempts.submit(caller, id);
  }

  /** Each trainee's best and latest scores, question difficulty and knowledge gain. */
  @Get('sessions/:id/quiz-results')
  @RequirePermission('sessions.manage', 'sessions.teach')
  sessionResults(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
  ): Promise<SessionQuizResults> {
    return this.results.forSession(caller, id);
  }

  @Get('sessions/:id/quiz-results.csv')
  @RequirePermission('sessions.manage', 'sessions.teach')
  async csv(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.results.export(caller, id, 'csv');
    sendDownload(response, `quiz-results-${id.slice(0, 8)}.csv`, file);
  }

  @Get('sessions/:id/quiz-results.xlsx')
  @RequirePermission('sessions.manage', 'sessions.teach')
  async xlsx(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.results.export(caller, id, 'xlsx');
    sendDownload(response, `quiz-results-${id.slice(0, 8)}.xlsx`, file);
  }
}
