import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { AssessmentsController } from './assessments.controller';
import { QuizAttemptsRepository } from './quiz-attempts.repository';
import { QuizAttemptsService } from './quiz-attempts.service';
import { QuizResultsService } from './quiz-results.service';

@Module({
  imports: [SessionsModule],
  controllers: [AssessmentsController],
  providers: [QuizAttemptsRepository, QuizAttemptsService, QuizResultsService],
})
export class AssessmentsModule {}
