import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceExportService } from './attendance-export.service';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import { WalkInMergeService } from './walk-in-merge.service';

@Module({
  imports: [SessionsModule, PeopleModule, EnrolmentsModule, OrganisationsModule],
  controllers: [AttendanceController],
  providers: [
    AttendanceService,
    AttendanceRepository,
    CheckInService,
    WalkInMergeService,
    AttendanceExportService,
  ],
  exports: [AttendanceService],
})
export class AttendanceModule {}
