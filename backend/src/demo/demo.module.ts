import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TrainingsModule } from '../trainings/trainings.module';
import { DemoCapacitySeeder } from './demo-capacity-seeder';
import { DemoSeeder } from './demo-seeder';
import { DemoFinishedSessionSeeder } from './demo-finished-session-seeder';
import { DemoFollowUpSeeder } from './demo-follow-up-seeder';
import { DemoTrainingSeeder } from './demo-training-seeder';

@Module({
  imports: [TrainingsModule, SessionsModule, EnrolmentsModule, AttendanceModule],
  providers: [
    DemoSeeder,
    DemoTrainingSeeder,
    DemoFinishedSessionSeeder,
    DemoFollowUpSeeder,
    DemoCapacitySeeder,
  ],
  exports: [
    DemoSeeder,
    DemoTrainingSeeder,
    DemoFinishedSessionSeeder,
    DemoFollowUpSeeder,
    DemoCapacitySeeder,
  ],
})
export class DemoModule {}
