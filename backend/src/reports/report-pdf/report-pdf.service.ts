import { Inject, Injectable } from '@nestjs/common';
import type { Language, ReportFilters } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ReportsRepository } from '../reports.repository';
import { renderReportPdf, type DefinedDashboard, type SpelledFilters } from './report-pdf';

/** The donor report PDF: the dashboard's figures with the filters put into words. */
@Injectable()
export class ReportPdfService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: ReportsRepository,
  ) {}

  async render(
    dashboard: DefinedDashboard,
    filters: ReportFilters,
    language: Language,
    minCell: number,
    generatedAt: Date,
  ): Promise<Buffer> {
    return renderReportPdf({
      dashboard,
      language,
      programmeName: this.config.certificateIssuer,
      filters: await this.spell(filters, language),
      minCell,
      generatedAt,
    });
  }

  /** Training and session ids as their titles, in the report's language where there is one. */
  private async spell(filters: ReportFilters, language: Language): Promise<SpelledFilters> {
    const spelled: SpelledFilters = {
      from: filters.from,
      to: filters.to,
      organisationType: filters.organisationType,
      province: filters.province,
    };
    if (filters.trainingId) {
      const title = await this.reports.trainingTitle(filters.trainingId);
      spelled.training = title ? (title[language] ?? title.en ?? title.tr) : undefined;
    }
    if (filters.sessionId) {
      const session = await this.reports.sessionTitleAndCity(filters.sessionId);
      spelled.session = session ? `${session.title} (${session.city})` : undefined;
    }
    return spelled;
  }
}
