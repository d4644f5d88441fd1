import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { can, type CoordinatorHome, type HomeOverview } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ReportsService } from '../reports/reports.service';
import { adminHome } from './admin-home.query';
import { coordinatorQueues } from './coordinator-home.query';
import { traineeHome } from './trainee-home.query';
import { trainerHome } from './trainer-home.query';

/** What each of the caller's roles has to do now, for the home page's one request. */
@Injectable()
export class HomeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly reports: ReportsService,
  ) {}

  async overview(caller: SignedInPerson): Promise<HomeOverview> {
    const [trainee, trainer, coordinator, admin] = await Promise.all([
      can(caller.roles, 'learning.enrol')
        ? traineeHome(this.db, caller.id, this.config.checkInGraceMinutes)
        : null,
      can(caller.roles, 'sessions.teach') ? trainerHome(this.db, caller.id) : null,
      can(caller.roles, 'sessions.manage') ? this.coordinator() : null,
      can(caller.roles, 'people.manage')
        ? adminHome(this.db, this.config.loginWindowMinutes, this.config.loginMaxFailuresPerAccount)
        : null,
    ]);
    return { trainee, trainer, coordinator, admin };
  }

  private async coordinator(): Promise<CoordinatorHome> {
    const [queues, dashboard] = await Promise.all([coordinatorQueues(this.db), this.reports.dashboard({})]);
    const indicatorsOffTrack = dashboard.indicators
      .filter((indicator) => indicator.state === 'off_track')
      .map(({ id, code, title }) => ({ id, code, title }));
    return { ...queues, indicatorsOffTrack };
  }
}
