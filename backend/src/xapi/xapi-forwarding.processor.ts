import { Processor, WorkerHost } from '@nestjs/bullmq';
import { XapiForwarder } from './xapi-forwarder.service';
import { XAPI_QUEUE } from './xapi-forwarding-scheduler.service';

/** Works the repeatable forwarding job; a thrown failure makes BullMQ retry it with backoff. */
@Processor(XAPI_QUEUE)
export class XapiForwardingProcessor extends WorkerHost {
  constructor(private readonly forwarder: XapiForwarder) {
    super();
  }

  async process(): Promise<void> {
    await this.forwarder.run();
  }
}
