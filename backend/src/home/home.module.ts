import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** The "what now" home page of each role. */
@Module({
  imports: [ReportsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
