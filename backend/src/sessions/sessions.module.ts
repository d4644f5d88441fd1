import { Module } from '@nestjs/common';
import { TrainingsModule } from '../trainings/trainings.module';
import { SessionProgressCarrier } from './session-progress-carrier';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TrainingsModule],
  controllers: [SessionsController],
  providers: [SessionsService, SessionsRepository, SessionProgressCarrier],
  exports: [SessionsService, SessionsRepository],
})
export class SessionsModule {}
