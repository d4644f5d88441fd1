import { Module } from '@nestjs/common';
import { ProgrammeEventsController } from './programme-events.controller';
import { ProgrammeEventsRepository } from './programme-events.repository';
import { ProgrammeEventsService } from './programme-events.service';

@Module({
  controllers: [ProgrammeEventsController],
  providers: [ProgrammeEventsService, ProgrammeEventsRepository],
  // The logframe computes indicators from the same figures.
  exports: [ProgrammeEventsRepository],
})
export class ProgrammeEventsModule {}
