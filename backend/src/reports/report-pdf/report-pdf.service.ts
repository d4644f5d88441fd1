import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language, ReportFilters } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { renderReportPdf, type DefinedDashboard, type SpelledFilters } from './report-pdf';

/** The donor report PDF: the dashboard's figures with the filters put into words. */
@Injectable()
export class ReportPdfService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
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
      const [training] = await this.db.query('SELECT title FROM trainings WHERE id = $1', [
        filters.trainingId,
      ]);
      spelled.training = training
        ? (training.title[language] ?? training.title.en ?? training.title.tr)
        : undefined;
    }
    if (filters.sessionId) {
      const [session] = await this.db.query('SELECT title, city FROM sessions WHERE id = $1', [
        filters.sessionId,
      ]);
      spelled.session = session ? `${session.title} (${session.city})` : undefined;
    }
    return spelled;
  }
}
