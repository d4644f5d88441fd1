import { Body, Controller, HttpCode, Patch, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CurrentPerson } from '@atolye/shared';
import { SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { ChangeOwnPasswordDto, UpdateProfileDto } from './people.dto';
import { PeopleService } from './people.service';

/** A person's own profile: name, language, gender, organisation and password. */
@ApiTags('profile')
@Controller('me')
export class ProfileController {
  constructor(private readonly people: PeopleService) {}

  @Patch()
  @SignedIn()
  update(@Caller() caller: SignedInPerson, @Body() body: UpdateProfileDto): Promise<CurrentPerson> {
    return this.people.updateProfile(caller, body);
  }

  @Put('password')
  @HttpCode(204)
  @SignedIn()
  changePassword(@Caller() caller: SignedInPerson, @Body() body: ChangeOwnPasswordDto): Promise<void> {
    return this.people.changeOwnPassword(caller, body);
  }
}
