import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TrainingsModule } from '../trainings/trainings.module';
import { DemoSeeder } from './demo-seeder';
import { DemoTrainingSeeder } from './demo-training-seeder';

@Module({
  imports: [TrainingsModule, SessionsModule, EnrolmentsModule],
  providers: [DemoSeeder, DemoTrainingSeeder],
  exports: [DemoSeeder, DemoTrainingSeeder],
})
export class DemoModule {}
