import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { UuidParam } from '../common/uuid-param.pipe';
import { ApiTags } from '@nestjs/swagger';
import type { Page, PersonDetail, PersonSummary } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
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
  get(@Param('id', UuidParam) id: string): Promise<PersonDetail> {
    return this.people.getDetail(id);
  }

  /** Replaces a person's roles; nobody can change their own. */
  @Put(':id/roles')
  @RequirePermission('people.manage')
  changeRoles(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: ChangeRolesDto,
  ): Promise<PersonDetail> {
    return this.people.changeRoles(caller, id, body.roles);
  }

  /** Disables (signing the person out everywhere) or re-enables an account. */
  @Put(':id/disabled')
  @RequirePermission('people.manage')
  setDisabled(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: SetDisabledDto,
  ): Promise<PersonDetail> {
    return this.people.setDisabled(caller, id, body.disabled);
  }

  /** Lets a person throttled after failed sign-ins try again now, rather than after the window. */
  @Post(':id/unlock')
  @HttpCode(200)
  @RequirePermission('people.manage')
  unlock(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<PersonDetail> {
    return this.people.unlockSignIn(caller, id);
  }

  /** Mails the person a new link to choose their password (valid for 7 days, single-use). */
  @Post(':id/invitation')
  @HttpCode(204)
  @RequirePermission('people.manage')
  invite(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<void> {
    return this.people.resendInvitation(caller, id);
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
