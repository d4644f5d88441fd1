import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { MAIL_QUEUE, MailDispatcher } from './mail-dispatcher.service';
import { MailFactsRepository } from './mail-facts.repository';
import { MailNotifications } from './mail-notifications.service';
import { MailOutbox } from './mail-outbox.service';
import { MailOutboxAdminService } from './mail-outbox-admin.service';
import { MailOutboxController } from './mail-outbox.controller';
import { MailProcessor } from './mail.processor';
import { MailRepository } from './mail.repository';
import { MailSender } from './mail-sender';

@Module({})
export class MailModule {
  /**
   * Mail for every feature (hence global): stored with the change that causes it, then sent over
   * SMTP_URL — through the Redis queue when REDIS_URL is set, in process otherwise — or only kept.
   */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MailModule,
      global: true,
      imports: config.redisUrl ? [BullModule.registerQueue({ name: MAIL_QUEUE })] : [],
      controllers: [MailOutboxController],
      providers: [
        MailRepository,
        MailFactsRepository,
        MailSender,
        MailDispatcher,
        MailOutbox,
        MailNotifications,
        MailOutboxAdminService,
        ...(config.redisUrl && config.runWorker ? [MailProcessor] : []),
      ],
      exports: [MailNotifications, MailOutbox, MailSender, MailDispatcher],
    };
  }
}
