import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PUBLIC_CATALOGUE_MAX_AGE, type PublicTraining } from '@atolye/shared';
import { Public } from '../access/access.decorator';
import { UuidParam } from '../common/uuid-param.pipe';
import { PublicCatalogueRepository } from './public-catalogue.repository';

/**
 * The same answer for everyone and free of personal data, so browsers and proxies may keep it a
 * while. Only a found answer is kept: an error stays `no-store`, so a training that opens is seen.
 */
function cacheable(response: Response): void {
  response.setHeader('Cache-Control', `public, max-age=${PUBLIC_CATALOGUE_MAX_AGE}`);
}

/** Trainings on offer, for visitors who have no account yet (the programme's dissemination). */
@ApiTags('catalogue')
@Controller('public/trainings')
export class PublicCatalogueController {
  constructor(private readonly catalogue: PublicCatalogueRepository) {}

  /** Published trainings with at least one session open for applications. */
  @Get()
  @Public()
  async list(@Res({ passthrough: true }) response: Response): Promise<PublicTraining[]> {
    const trainings = await this.catalogue.trainings();
    cacheable(response);
    return trainings;
  }

  @Get(':id')
  @Public()
  async get(
    @Param('id', UuidParam) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PublicTraining> {
    const [training] = await this.catalogue.trainings(id);
    if (!training) throw new NotFoundException('No training with this id is open for applications');
    cacheable(response);
    return training;
  }
}
