import { Module } from '@nestjs/common';
import { ContentController } from './content.controller';
import { ContentPublisher } from './content-publisher.service';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';
import { GiftController } from './gift/gift.controller';
import { GiftService } from './gift/gift.service';

@Module({
  controllers: [ContentController, GiftController],
  providers: [ContentService, ContentRepository, ContentPublisher, GiftService],
  exports: [ContentRepository, ContentPublisher],
})
export class ContentModule {}
