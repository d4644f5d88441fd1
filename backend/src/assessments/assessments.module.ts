import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { AssessmentsController } from './assessments.controller';
import { QuizDeadlinesController } from './quiz-deadlines.controller';
import { QuizDeadlinesService } from './quiz-deadlines.service';
import { QuizAttemptsRepository } from './quiz-attempts.repository';
import { QuizAttemptsService } from './quiz-attempts.service';
import { QuizResultsService } from './quiz-results.service';

@Module({
  imports: [SessionsModule],
  controllers: [AssessmentsController, QuizDeadlinesController],
  providers: [QuizAttemptsRepository, QuizAttemptsService, QuizResultsService, QuizDeadlinesService],
})
export class AssessmentsModule {}
