import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsRepository } from './evaluations.repository';
import { EvaluationsService } from './evaluations.service';

@Module({
  imports: [SessionsModule],
  controllers: [EvaluationsController],
  providers: [EvaluationsService, EvaluationsRepository],
})
export class EvaluationsModule {}
