import { Module } from '@nestjs/common';
import { ProgrammeEventsController } from './programme-events.controller';
import { ProgrammeEventsRepository } from './programme-events.repository';
import { ProgrammeEventsService } from './programme-events.service';

@Module({
  controllers: [ProgrammeEventsController],
  providers: [ProgrammeEventsService, ProgrammeEventsRepository],
})
export class ProgrammeEventsModule {}
