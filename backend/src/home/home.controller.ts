import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HomeOverview } from '@atolye/shared';
import { SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { HomeService } from './home.service';

@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  /** What the caller has to do now, for each of their roles, each item naming where it is done. */
  @Get()
  @SignedIn()
  overview(@Caller() caller: SignedInPerson): Promise<HomeOverview> {
    return this.home.overview(caller);
  }
}
