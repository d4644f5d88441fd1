import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CatalogueTraining } from '@atolye/shared';
import { SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { CatalogueQueryDto } from './catalogue.dto';
import { CatalogueService } from './catalogue.service';

@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  /** Published trainings and their sessions that have not ended; filter by topic, language, mode, city, date. */
  @Get()
  @SignedIn()
  list(@Caller() caller: SignedInPerson, @Query() query: CatalogueQueryDto): Promise<CatalogueTraining[]> {
    return this.catalogue.list(caller, query);
  }

  @Get(':id')
  @SignedIn()
  get(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<CatalogueTraining> {
    return this.catalogue.get(caller, id);
  }
}
