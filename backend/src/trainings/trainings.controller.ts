import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, TrainingDetail, TrainingSummary } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { UuidParam } from '../common/uuid-param.pipe';
import { SaveTrainingDto, TrainingsQueryDto } from './trainings.dto';
import { TrainingsService } from './trainings.service';

@ApiTags('trainings')
@Controller('trainings')
export class TrainingsController {
  constructor(private readonly trainings: TrainingsService) {}

  @Get()
  @RequirePermission('trainings.manage')
  list(@Query() query: TrainingsQueryDto): Promise<Page<TrainingSummary>> {
    return this.trainings.list(query);
  }

  /** Creates a draft training from published module versions, in teaching order. */
  @Post()
  @RequirePermission('trainings.manage')
  create(@Body() body: SaveTrainingDto): Promise<TrainingDetail> {
    return this.trainings.create(body);
  }

  @Get(':id')
  @RequirePermission('trainings.manage')
  get(@Param('id', UuidParam) id: string): Promise<TrainingDetail> {
    return this.trainings.get(id);
  }

  @Put(':id')
  @RequirePermission('trainings.manage')
  update(@Param('id', UuidParam) id: string, @Body() body: SaveTrainingDto): Promise<TrainingDetail> {
    return this.trainings.update(id, body);
  }

  /** Shows the training in the catalogue. */
  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission('trainings.manage')
  publish(@Param('id', UuidParam) id: string): Promise<TrainingDetail> {
    return this.trainings.setStatus(id, 'published');
  }

  /** Takes the training out of the catalogue; its sessions and records stay. */
  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission('trainings.manage')
  archive(@Param('id', UuidParam) id: string): Promise<TrainingDetail> {
    return this.trainings.setStatus(id, 'archived');
  }
}
