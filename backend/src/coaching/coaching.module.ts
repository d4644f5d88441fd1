import { Module } from '@nestjs/common';
import { CoachingController } from './coaching.controller';
import { CoachingTracksService } from './coaching-tracks.service';
import { CoachingWorkService } from './coaching-work.service';
import { CoachingRepository } from './coaching.repository';

@Module({
  controllers: [CoachingController],
  providers: [CoachingTracksService, CoachingWorkService, CoachingRepository],
})
export class CoachingModule {}
