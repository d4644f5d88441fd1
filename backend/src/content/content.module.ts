import { Module } from '@nestjs/common';
import { ContentController } from './content.controller';
import { ContentPublisher } from './content-publisher.service';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';

@Module({
  controllers: [ContentController],
  providers: [ContentService, ContentRepository, ContentPublisher],
  exports: [ContentRepository, ContentPublisher],
})
export class ContentModule {}
