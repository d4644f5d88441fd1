import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { AssessmentsController } from './assessments.controller';
import { QuizDeadlinesController } from './quiz-deadlines.controller';
import { QuizDeadlinesRepository } from './quiz-deadlines.repository';
import { QuizDeadlinesService } from './quiz-deadlines.service';
import { QuizAttemptsRepository } from './quiz-attempts.repository';
import { QuizAttemptsService } from './quiz-attempts.service';
import { QuizResultsRepository } from './quiz-results.repository';
import { QuizResultsService } from './quiz-results.service';

@Module({
  imports: [SessionsModule],
  controllers: [AssessmentsController, QuizDeadlinesController],
  providers: [
    QuizAttemptsRepository,
    QuizAttemptsService,
    QuizResultsRepository,
    QuizResultsService,
    QuizDeadlinesRepository,
    QuizDeadlinesService,
  ],
  exports: [QuizAttemptsRepository],
})
export class AssessmentsModule {}
