import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { ReportPdfService } from './report-pdf/report-pdf.service';
import { ReportsController } from './reports.controller';
import { ReportsExportService } from './reports-export.service';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

@Module({
  imports: [SessionsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportsRepository, ReportsExportService, ReportPdfService],
  // The home page shows the indicators off track, as the dashboard computes them.
  exports: [ReportsService],
})
export class ReportsModule {}
