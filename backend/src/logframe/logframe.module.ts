import { Module } from '@nestjs/common';
import { ProgrammeEventsModule } from '../programme-events/programme-events.module';
import { ReportsModule } from '../reports/reports.module';
import { LogframeController } from './logframe.controller';
import { LogframeFiguresService } from './logframe-figures.service';
import { LogframeRepository } from './logframe.repository';
import { LogframeService } from './logframe.service';
import { LogframeValuesService } from './logframe-values.service';

@Module({
  imports: [ReportsModule, ProgrammeEventsModule],
  controllers: [LogframeController],
  providers: [LogframeService, LogframeValuesService, LogframeFiguresService, LogframeRepository],
})
export class LogframeModule {}
