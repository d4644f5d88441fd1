import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { Bell } from '../mail/bell';
import { PeopleModule } from '../people/people.module';
import { Inbox } from './inbox.service';
import { NoticeProcessor } from './notices/notice.processor';
import { NoticeRun } from './notices/notice-run.service';
import { NoticesRepository } from './notices/notices.repository';
import { NOTICE_QUEUE, NoticeScheduler } from './notices/notice-scheduler.service';
import { MailPreferencesController } from './mail-preferences.controller';
import { MailPreferencesService } from './mail-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';

@Module({})
export class NotificationsModule {
  /**
   * Notifications for every feature (hence global), stored with the change that causes them, and
   * the scheduled notices (reminders, digests): on the Redis queue when REDIS_URL is set.
   */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [PeopleModule, ...(config.redisUrl ? [BullModule.registerQueue({ name: NOTICE_QUEUE })] : [])],
      controllers: [NotificationsController, MailPreferencesController],
      providers: [
        Inbox,
        NotificationsRepository,
        // The bell the mails of an event write to (mail sits below notifications, see Bell).
        { provide: Bell, useFactory: (inbox: Inbox): Bell => inbox, inject: [Inbox] },
        MailPreferencesService,
        NoticeRun,
        NoticesRepository,
        NoticeScheduler,
        ...(config.redisUrl && config.runWorker ? [NoticeProcessor] : []),
      ],
      exports: [Inbox, Bell, NoticeRun],
    };
  }
}
