import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NotificationList } from '@atolye/shared';
import { SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { Inbox } from './inbox.service';

@ApiTags('notifications')
@Controller('my/notifications')
export class NotificationsController {
  constructor(private readonly inbox: Inbox) {}

  /** The caller's newest notifications and how many are unread (the bell's count). */
  @Get()
  @SignedIn()
  list(@Caller() caller: SignedInPerson): Promise<NotificationList> {
    return this.inbox.list(caller.id);
  }

  @Post('read')
  @HttpCode(204)
  @SignedIn()
  markAllRead(@Caller() caller: SignedInPerson): Promise<void> {
    return this.inbox.markAllRead(caller.id);
  }

  @Post(':id/read')
  @HttpCode(204)
  @SignedIn()
  markRead(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<void> {
    return this.inbox.markRead(caller.id, id);
  }
}
