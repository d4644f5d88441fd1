import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { MIGRATIONS } from '../migrations';
import { CONTENT_ENTITIES } from '../content/content.entities';
import { ContentRepository } from '../content/content.repository';
import { ContentPublisher } from '../content/content-publisher.service';

/**
 * What `content:publish` needs and no more: the database with content's tables, and the
 * publisher. The command starts none of the API's queues, mail, schedulers or routes.
 */
@Module({})
export class ContentPublishModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: ContentPublishModule,
      imports: [
        TypeOrmModule.forRoot(
          dataSourceOptions(databaseUrl, CONTENT_ENTITIES, MIGRATIONS, {
            connectSeconds: config.databaseConnectTimeoutSeconds,
            statementSeconds: config.databaseStatementTimeoutSeconds,
          }),
        ),
      ],
      providers: [ContentPublisher, ContentRepository],
    };
  }
}
