import { Module } from '@nestjs/common';
import { ContentModule } from '../content/content.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TrainingsModule } from '../trainings/trainings.module';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';
import { LessonProgressRepository } from './lesson-progress.repository';
import { MyEnrolmentsRepository } from './my-enrolments.repository';

@Module({
  imports: [ContentModule, EnrolmentsModule, SessionsModule, TrainingsModule],
  controllers: [LearningController],
  providers: [LearningService, MyEnrolmentsRepository, LessonProgressRepository],
  exports: [LessonProgressRepository],
})
export class LearningModule {}
