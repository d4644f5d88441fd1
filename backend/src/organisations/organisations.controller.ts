import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { UuidParam } from '../common/uuid-param.pipe';
import { ApiTags } from '@nestjs/swagger';
import type { Organisation, OrganisationOption, Page } from '@atolye/shared';
import { Public, RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { OrganisationOptionsQueryDto, OrganisationsQueryDto, SaveOrganisationDto } from './organisations.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission('organisations.manage')
  list(@Query() query: OrganisationsQueryDto): Promise<Page<Organisation>> {
    return this.organisations.list(query);
  }

  /** Up to 20 organisations matching a name, for the registration form (no sign-in needed). */
  @Get('options')
  @Public()
  options(@Query() query: OrganisationOptionsQueryDto): Promise<OrganisationOption[]> {
    return this.organisations.options(query.q);
  }

  @Get(':id')
  @RequirePermission('organisations.manage')
  get(@Param('id', UuidParam) id: string): Promise<Organisation> {
    return this.organisations.get(id);
  }

  @Post()
  @RequirePermission('organisations.manage')
  create(@Caller() caller: SignedInPerson, @Body() body: SaveOrganisationDto): Promise<Organisation> {
    return this.organisations.create(caller, body);
  }

  @Put(':id')
  @RequirePermission('organisations.manage')
  update(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveOrganisationDto,
  ): Promise<Organisation> {
    return this.organisations.update(caller, id, body);
  }
}
