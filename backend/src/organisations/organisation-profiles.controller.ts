import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { OrganisationMap, OrganisationProfile } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import { OrganisationMapQueryDto, SaveOrganisationProfileDto } from './organisation-profile.dto';
import { OrganisationProfilesService } from './organisation-profiles.service';

/** Registered before the organisations controller, so that `map` is not read as an organisation id. */
@ApiTags('organisations')
@Controller('organisations')
export class OrganisationProfilesController {
  constructor(private readonly profiles: OrganisationProfilesService) {}

  /** The mapped organisations (public profile fields only), filtered, with counts by province, type and area. */
  @Get('map')
  @RequirePermission('organisations.map')
  map(@Query() query: OrganisationMapQueryDto): Promise<OrganisationMap> {
    return this.profiles.mapOf(query);
  }

  /** The filtered organisations with their whole profiles and the counts, as an Excel workbook. */
  @Get('map.xlsx')
  @RequirePermission('organisations.manage')
  async exportMap(@Query() query: OrganisationMapQueryDto, @Res() response: Response): Promise<void> {
    sendDownload(response, 'organisation-map.xlsx', await this.profiles.exportMap(query));
  }

  /** The whole profile: coordinators for any organisation, a focal person for their own. */
  @Get(':id/profile')
  @RequirePermission('organisations.manage', 'organisations.profile')
  profile(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
  ): Promise<OrganisationProfile> {
    return this.profiles.profile(caller, id);
  }

  @Put(':id/profile')
  @RequirePermission('organisations.manage', 'organisations.profile')
  saveProfile(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SaveOrganisationProfileDto,
  ): Promise<OrganisationProfile> {
    return this.profiles.saveProfile(caller, id, body);
  }
}
