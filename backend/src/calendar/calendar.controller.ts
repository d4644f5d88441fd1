import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CalendarFeed } from '@atolye/shared';
import { Public, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import { CalendarService } from './calendar.service';

const ICS = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** The signed-in person's private feed address (subscribe to it in a calendar program). */
  @Get('me/calendar')
  @SignedIn()
  feed(@Caller() caller: SignedInPerson): Promise<CalendarFeed> {
    return this.calendar.feed(caller);
  }

  /** Replaces the feed address; the old one stops working. */
  @Post('me/calendar/reset')
  @HttpCode(200)
  @SignedIn()
  reset(@Caller() caller: SignedInPerson): Promise<CalendarFeed> {
    return this.calendar.resetFeed(caller);
  }

  /** The feed itself: the secret in the address is the credential, as calendar programs cannot sign in. */
  @Get('calendar/:token.ics')
  @Public()
  async personFeed(@Param('token') token: string, @Res() response: Response): Promise<void> {
    response.type(ICS).send(await this.calendar.personFeed(token));
  }

  @Get('sessions/:id/calendar.ics')
  @SignedIn()
  async session(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { ics } = await this.calendar.sessionFile(caller, id);
    sendDownload(response, `session-${id.slice(0, 8)}.ics`, ics);
  }
}
