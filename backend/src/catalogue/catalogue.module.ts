import { Module } from '@nestjs/common';
import { ContentModule } from '../content/content.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TrainingsModule } from '../trainings/trainings.module';
import { CatalogueController } from './catalogue.controller';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';
import { PublicCatalogueController } from './public-catalogue.controller';
import { PublicCatalogueRepository } from './public-catalogue.repository';

@Module({
  imports: [ContentModule, SessionsModule, TrainingsModule],
  controllers: [CatalogueController, PublicCatalogueController],
  providers: [CatalogueService, CatalogueRepository, PublicCatalogueRepository],
})
export class CatalogueModule {}
