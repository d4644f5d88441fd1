import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationMapExportService } from './organisation-map-export.service';
import { OrganisationMapRepository } from './organisation-map.repository';
import { OrganisationProfilesController } from './organisation-profiles.controller';
import { OrganisationProfilesService } from './organisation-profiles.service';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity])],
  // The profiles controller first: its `map` routes must match before `:id`.
  controllers: [OrganisationProfilesController, OrganisationsController],
  providers: [
    OrganisationsService,
    OrganisationsRepository,
    OrganisationProfilesService,
    OrganisationMapRepository,
    OrganisationMapExportService,
  ],
  exports: [OrganisationsRepository],
})
export class OrganisationsModule {}
