import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { UuidParam } from '../common/uuid-param.pipe';
import { ApiTags } from '@nestjs/swagger';
import type { Page, PersonSummary } from '@atolye/shared';
import { RequirePermission } from '../auth/access.decorator';
import { Caller, type SignedInPerson } from '../auth/signed-in-person';
import {
  ChangeRolesDto,
  CreatePersonDto,
  PeopleQueryDto,
  SetDisabledDto,
  SetPasswordDto,
} from './people.dto';
import { PeopleService } from './people.service';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  /** Lists and searches people by name, email or organisation, a page at a time. */
  @Get()
  @RequirePermission('people.read')
  list(@Query() query: PeopleQueryDto): Promise<Page<PersonSummary>> {
    return this.people.list(query);
  }

  @Post()
  @RequirePermission('people.manage')
  create(@Caller() caller: SignedInPerson, @Body() body: CreatePersonDto): Promise<PersonSummary> {
    return this.people.create(caller, body);
  }

  @Get(':id')
  @RequirePermission('people.read')
  get(@Param('id', UuidParam) id: string): Promise<PersonSummary> {
    return this.people.getSummary(id);
  }

  /** Replaces a person's roles; nobody can change their own. */
  @Put(':id/roles')
  @RequirePermission('people.manage')
  changeRoles(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: ChangeRolesDto,
  ): Promise<PersonSummary> {
    return this.people.changeRoles(caller, id, body.roles);
  }

  /** Disables (signing the person out everywhere) or re-enables an account. */
  @Put(':id/disabled')
  @RequirePermission('people.manage')
  setDisabled(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SetDisabledDto,
  ): Promise<PersonSummary> {
    return this.people.setDisabled(caller, id, body.disabled);
  }

  @Put(':id/password')
  @HttpCode(204)
  @RequirePermission('people.manage')
  setPassword(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SetPasswordDto,
  ): Promise<void> {
    return this.people.setPassword(caller, id, body.password);
  }
}
