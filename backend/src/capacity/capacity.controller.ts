import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CapacityOverview, OrganisationCapacity } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { CapacityRoundParamsDto, SaveCapacityRoundDto } from './capacity.dto';
import { CapacityService } from './capacity.service';

@ApiTags('capacity')
@Controller()
export class CapacityController {
  constructor(private readonly capacity: CapacityService) {}

  /** The questionnaire, the organisation's baseline and endline, scores and recommended trainings. */
  @Get('organisations/:id/capacity')
  @RequirePermission('organisations.manage', 'organisations.profile')
  ofOrganisation(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
  ): Promise<OrganisationCapacity> {
    return this.capacity.ofOrganisation(caller, id);
  }

  /** Saves a round as a draft: answers may be partial. */
  @Put('organisations/:id/capacity/:round')
  @RequirePermission('organisations.manage', 'organisations.profile')
  saveDraft(
    @Caller() caller: SignedInPerson,
    @Param() params: CapacityRoundParamsDto,
    @Body() body: SaveCapacityRoundDto,
  ): Promise<OrganisationCapacity> {
    return this.capacity.saveDraft(caller, params.id, params.round, body.answers);
  }

  /** Submits a round with every question answered; it is read-only from then on. */
  @Post('organisations/:id/capacity/:round/submit')
  @RequirePermission('organisations.manage', 'organisations.profile')
  submit(
    @Caller() caller: SignedInPerson,
    @Param() params: CapacityRoundParamsDto,
    @Body() body: SaveCapacityRoundDto,
  ): Promise<OrganisationCapacity> {
    return this.capacity.submit(caller, params.id, params.round, body.answers);
  }

  /** Every assessed organisation's baseline and endline overall scores, and the capacity figures. */
  @Get('reports/capacity')
  @RequirePermission('reports.read')
  overview(): Promise<CapacityOverview> {
    return this.capacity.overview();
  }
}
