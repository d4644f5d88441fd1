import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { LearningModule } from '../learning/learning.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SessionChangesController } from './session-changes.controller';
import { SessionChangesService } from './session-changes.service';

/** Session changes that carry the session's enrolments, progress and attempts along. */
@Module({
  imports: [SessionsModule, EnrolmentsModule, LearningModule, AssessmentsModule],
  controllers: [SessionChangesController],
  providers: [SessionChangesService],
})
export class SessionChangesModule {}
