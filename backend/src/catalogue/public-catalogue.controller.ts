import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PUBLIC_CATALOGUE_MAX_AGE, type PublicTraining } from '@atolye/shared';
import { Public } from '../auth/access.decorator';
import { UuidParam } from '../common/uuid-param.pipe';
import { PublicCatalogueRepository } from './public-catalogue.repository';

/** The same for everyone and free of personal data, so browsers and proxies may keep it a while. */
const CACHEABLE = `public, max-age=${PUBLIC_CATALOGUE_MAX_AGE}`;

/** Trainings on offer, for visitors who have no account yet (the programme's dissemination). */
@ApiTags('catalogue')
@Controller('public/trainings')
export class PublicCatalogueController {
  constructor(private readonly catalogue: PublicCatalogueRepository) {}

  /** Published trainings with at least one session open for applications. */
  @Get()
  @Public()
  @Header('Cache-Control', CACHEABLE)
  list(): Promise<PublicTraining[]> {
    return this.catalogue.trainings();
  }

  @Get(':id')
  @Public()
  @Header('Cache-Control', CACHEABLE)
  async get(@Param('id', UuidParam) id: string): Promise<PublicTraining> {
    const [training] = await this.catalogue.trainings(id);
    if (!training) throw new NotFoundException('No training with this id is open for applications');
    return training;
  }
}
