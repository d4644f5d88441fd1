import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TrainingsModule } from '../trainings/trainings.module';
import { EnrolmentImportController } from './enrolment-import.controller';
import { EnrolmentImportService } from './enrolment-import.service';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';
import { ImportJobsRepository } from './import-jobs.repository';

@Module({
  imports: [SessionsModule, TrainingsModule, PeopleModule, OrganisationsModule],
  controllers: [EnrolmentsController, EnrolmentImportController],
  providers: [EnrolmentsService, EnrolmentsRepository, EnrolmentImportService, ImportJobsRepository],
  exports: [EnrolmentsService, EnrolmentsRepository],
})
export class EnrolmentsModule {}
