import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CapacityOverviewRow, CapacityRoundStatus } from '@atolye/shared';
import { oneDecimal } from './capacity-scores';
import { CAPACITY_QUESTIONNAIRE } from './capacity.repository';

/** Every organisation that started the self-assessment, by its newest questionnaire version. */
@Injectable()
export class CapacityOverviewRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rows(): Promise<CapacityOverviewRow[]> {
    const rows: {
      organisation_id: string;
      name: string;
      province: string;
      version: string;
      baseline_status: CapacityRoundStatus | null;
      endline_status: CapacityRoundStatus | null;
      baseline: string | null;
      endline: string | null;
    }[] = await this.db.query(
      `SELECT DISTINCT ON (o.id) o.id AS organisation_id, o.name, o.province, q.version,
              max(a.status) FILTER (WHERE a.round = 'baseline') AS baseline_status,
              max(a.status) FILTER (WHERE a.round = 'endline') AS endline_status,
              max(a.overall_score) FILTER (WHERE a.round = 'baseline' AND a.status = 'submitted') AS baseline,
              max(a.overall_score) FILTER (WHERE a.round = 'endline' AND a.status = 'submitted') AS endline
         FROM capacity_assessments a
         JOIN capacity_questionnaires q ON q.id = a.questionnaire_id AND q.slug = $1
         JOIN organisations o ON o.id = a.organisation_id
        GROUP BY o.id, o.name, o.province, q.version
        ORDER BY o.id, string_to_array(q.version, '.')::int[] DESC`,
      [CAPACITY_QUESTIONNAIRE],
    );
    return rows
      .map((r) => {
        const baseline = r.baseline === null ? null : Number(r.baseline);
        const endline = r.endline === null ? null : Number(r.endline);
        return {
          organisationId: r.organisation_id,
          organisationName: r.name,
          province: r.province,
          version: r.version,
          baselineStatus: r.baseline_status,
          endlineStatus: r.endline_status,
          baselineOverall: baseline,
          endlineOverall: endline,
          change: baseline !== null && endline !== null ? oneDecimal(endline - baseline) : null,
        };
      })
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'tr'));
  }
}
