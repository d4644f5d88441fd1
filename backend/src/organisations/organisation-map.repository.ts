import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import type { OrganisationMapQuery, OrganisationType, ProvinceCode, ThematicArea } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { OrganisationEntity } from './organisation.entity';

export interface MapCounts {
  byProvince: { province: ProvinceCode; organisations: number }[];
  byType: { type: OrganisationType; organisations: number }[];
  byThematicArea: { area: ThematicArea; organisations: number }[];
}

/** The organisation map's reads: filtered organisations and the counts over them. */
@Injectable()
export class OrganisationMapRepository {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  private filtered(filter: OrganisationMapQuery): SelectQueryBuilder<OrganisationEntity> {
    const query = this.organisations.createQueryBuilder('o');
    if (filter.q) {
      query.andWhere('(o.name ILIKE :q OR o.province ILIKE :q)', { q: likePattern(filter.q) });
    }
    if (filter.type) query.andWhere('o.type = :type', { type: filter.type });
    if (filter.province) query.andWhere(':province = ANY(o.work_provinces)', { province: filter.province });
    if (filter.area) query.andWhere(':area = ANY(o.thematic_areas)', { area: filter.area });
    if (filter.network) query.andWhere(':network = ANY(o.networks)', { network: filter.network });
    return query;
  }

  page(
    filter: OrganisationMapQuery,
    page: number,
    pageSize: number,
  ): Promise<[OrganisationEntity[], number]> {
    return this.filtered(filter)
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  all(filter: OrganisationMapQuery): Promise<OrganisationEntity[]> {
    return this.filtered(filter).orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').getMany();
  }

  /**
   * Counts over every organisation the filters match, in one round trip. The definitions: an
   * organisation counts in each province it names among its provinces of work and in each of its
   * thematic areas, so those counts may add up to more than the organisations; by type each
   * counts once.
   */
  async counts(filter: OrganisationMapQuery): Promise<MapCounts> {
    const [sql, params] = this.filtered(filter)
      .select(['o.type AS type', 'o.work_provinces AS work_provinces', 'o.thematic_areas AS thematic_areas'])
      .getQueryAndParameters();
    const rows: { kind: 'type' | 'province' | 'area'; key: string; organisations: number }[] =
      await this.organisations.query(
        `WITH filtered AS (${sql})
         SELECT 'type' AS kind, type AS key, count(*)::int AS organisations FROM filtered GROUP BY type
         UNION ALL
         SELECT 'province', p, count(*)::int FROM filtered, unnest(work_provinces) AS p GROUP BY p
         UNION ALL
         SELECT 'area', a, count(*)::int FROM filtered, unnest(thematic_areas) AS a GROUP BY a
         ORDER BY organisations DESC, key`,
        params,
      );
    return {
      byType: rows
        .filter((r) => r.kind === 'type')
        .map((r) => ({ type: r.key as OrganisationType, organisations: r.organisations })),
      byProvince: rows
        .filter((r) => r.kind === 'province')
        .map((r) => ({ province: r.key as ProvinceCode, organisations: r.organisations })),
      byThematicArea: rows
        .filter((r) => r.kind === 'area')
        .map((r) => ({ area: r.key as ThematicArea, organisations: r.organisations })),
    };
  }

  /** Every network any organisation names, for the map's filter. */
  async networks(): Promise<string[]> {
    const rows: { network: string }[] = await this.organisations.query(
      `SELECT DISTINCT unnest(networks) AS network FROM organisations ORDER BY 1`,
    );
    return rows.map((r) => r.network);
  }

  /** The people holding the focal-person role for each of these organisations. */
  async focalPeople(organisationIds: string[]): Promise<Map<string, { id: string; fullName: string }[]>> {
    const rows: { id: string; full_name: string; organisation_id: string }[] = organisationIds.length
      ? await this.organisations.query(
          `SELECT id, full_name, organisation_id FROM people
            WHERE organisation_id = ANY($1) AND 'focal_person' = ANY(roles) AND NOT disabled
            ORDER BY full_name`,
          [organisationIds],
        )
      : [];
    const byOrganisation = new Map<string, { id: string; fullName: string }[]>();
    for (const row of rows) {
      const list = byOrganisation.get(row.organisation_id) ?? [];
      list.push({ id: row.id, fullName: row.full_name });
      byOrganisation.set(row.organisation_id, list);
    }
    return byOrganisation;
  }
}
