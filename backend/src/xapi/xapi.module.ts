import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { XapiController } from './xapi.controller';
import { XapiForwarder } from './xapi-forwarder.service';
import { XapiForwardingProcessor } from './xapi-forwarding.processor';
import { XAPI_QUEUE, XapiForwardingScheduler } from './xapi-forwarding-scheduler.service';
import { XapiStatementsService } from './xapi-statements.service';
import { XapiRepository } from './xapi.repository';

@Module({})
export class XapiModule {
  /** Learning records as xAPI statements; forwarded to an LRS on the Redis queue when both are set. */
  static forRoot(config: AppConfig): DynamicModule {
    const queued = config.redisUrl !== null && config.xapiLrs !== null;
    return {
      module: XapiModule,
      imports: queued ? [BullModule.registerQueue({ name: XAPI_QUEUE })] : [],
      controllers: [XapiController],
      providers: [
        XapiRepository,
        XapiStatementsService,
        XapiForwarder,
        XapiForwardingScheduler,
        ...(queued && config.runWorker ? [XapiForwardingProcessor] : []),
      ],
      exports: [XapiForwarder],
    };
  }
}
