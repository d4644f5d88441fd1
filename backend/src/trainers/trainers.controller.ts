import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TrainerRoster, TrainerRosterEntry } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { SaveTrainerProfileDto, TrainerRosterQueryDto } from './trainers.dto';
import { TrainersService } from './trainers.service';

@ApiTags('trainers')
@Controller()
export class TrainersController {
  constructor(private readonly trainers: TrainersService) {}

  /** The roster: enabled trainers with their profiles and figures, filtered, for coordinators. */
  @Get('trainers')
  @RequirePermission('sessions.manage')
  roster(@Query() query: TrainerRosterQueryDto): Promise<TrainerRoster> {
    return this.trainers.roster(query);
  }

  @Get('trainers/:id')
  @RequirePermission('sessions.manage')
  get(@Param('id', UuidParam) id: string): Promise<TrainerRosterEntry> {
    return this.trainers.entry(id);
  }

  @Put('trainers/:id/profile')
  @RequirePermission('sessions.manage')
  save(@Param('id', UuidParam) id: string, @Body() body: SaveTrainerProfileDto): Promise<TrainerRosterEntry> {
    return this.trainers.saveProfile(id, body);
  }

  /** The signed-in trainer's own place on the roster. */
  @Get('trainer-profile')
  @RequirePermission('sessions.teach')
  own(@Caller() caller: SignedInPerson): Promise<TrainerRosterEntry> {
    return this.trainers.entry(caller.id);
  }

  @Put('trainer-profile')
  @RequirePermission('sessions.teach')
  saveOwn(
    @Caller() caller: SignedInPerson,
    @Body() body: SaveTrainerProfileDto,
  ): Promise<TrainerRosterEntry> {
    return this.trainers.saveProfile(caller.id, body);
  }
}
