import { Module } from '@nestjs/common';
import { ContentModule } from '../content/content.module';
import { TrainingsController } from './trainings.controller';
import { TrainingsRepository } from './trainings.repository';
import { TrainingsService } from './trainings.service';

@Module({
  imports: [ContentModule],
  controllers: [TrainingsController],
  providers: [TrainingsService, TrainingsRepository],
  exports: [TrainingsService, TrainingsRepository],
})
export class TrainingsModule {}
