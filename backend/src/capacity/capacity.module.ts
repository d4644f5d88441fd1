import { Module } from '@nestjs/common';
import { CapacityOverviewRepository } from './capacity-overview.repository';
import { CapacityController } from './capacity.controller';
import { CapacityRepository } from './capacity.repository';
import { CapacityService } from './capacity.service';

@Module({
  controllers: [CapacityController],
  providers: [CapacityService, CapacityRepository, CapacityOverviewRepository],
})
export class CapacityModule {}
