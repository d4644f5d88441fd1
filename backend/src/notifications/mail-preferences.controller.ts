import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MailPreferences } from '@atolye/shared';
import { Public, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { MailPreferencesDto, UnsubscribeDto } from './mail-preferences.dto';
import { MailPreferencesService } from './mail-preferences.service';

@ApiTags('notifications')
@Controller()
export class MailPreferencesController {
  constructor(private readonly preferences: MailPreferencesService) {}

  /** The optional mails (reminders, digests) the caller switched off. */
  @Get('me/mail-preferences')
  @SignedIn()
  get(@Caller() caller: SignedInPerson): Promise<MailPreferences> {
    return this.preferences.get(caller.id);
  }

  @Put('me/mail-preferences')
  @SignedIn()
  set(@Caller() caller: SignedInPerson, @Body() body: MailPreferencesDto): Promise<MailPreferences> {
    return this.preferences.set(caller.id, body.optedOut);
  }

  /** Switches one optional mail off from the link at its foot; no sign-in needed, the token is the key. */
  @Post('unsubscribe')
  @HttpCode(204)
  @Public()
  unsubscribe(@Body() body: UnsubscribeDto): Promise<void> {
    return this.preferences.unsubscribe(body.token, body.kind);
  }
}
