import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { OrganisationType } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { poolQuery } from '../database/pool-query';
import { OrganisationEntity } from './organisation.entity';
import { organisationNameKey } from './organisation-name-key';

interface OrganisationRow {
  id: string;
  name: string;
  name_key: string;
  type: OrganisationType;
  country: string;
  province: string;
  thematic_areas: string[];
  website: string | null;
  created_at: Date;
  updated_at: Date;
  total: number;
}

function toEntity(row: OrganisationRow): OrganisationEntity {
  return Object.assign(new OrganisationEntity(), {
    id: row.id,
    name: row.name,
    nameKey: row.name_key,
    type: row.type,
    country: row.country,
    province: row.province,
    thematicAreas: row.thematic_areas,
    website: row.website,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@Injectable()
export class OrganisationsRepository {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  exists(id: string): Promise<boolean> {
    return this.organisations.exists({ where: { id } });
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOne({ where: { id } });
  }

  /**
   * The organisation of this name, compared by its key, or a new one made with what is known of
   * it (type "other"), in the caller's transaction: an import row or a walk-in names an
   * organisation the programme may not know yet. Answers whether it was made now.
   */
  async findOrCreateByName(
    manager: EntityManager,
    fields: { name: string; country: string; province: string },
  ): Promise<{ organisation: OrganisationEntity; created: boolean }> {
    const repository = manager.getRepository(OrganisationEntity);
    const existing = await repository.findOne({ where: { nameKey: organisationNameKey(fields.name) } });
    if (existing) return { organisation: existing, created: false };
    const organisation = await repository.save(
      repository.create({
        name: fields.name,
        type: 'other',
        country: fields.country,
        province: fields.province,
        thematicAreas: [],
        website: null,
      }),
    );
    return { organisation, created: true };
  }

  findByIdIn(manager: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOne({ where: { id } });
  }

  findByIdForUpdate(id: string, manager: EntityManager): Promise<OrganisationEntity | null> {
    return manager
      .getRepository(OrganisationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page and the total in one round trip (a window count); plain SQL, as it is read on every list view. */
  async search(
    page: number,
    pageSize: number,
    filter: { q?: string; type?: OrganisationType },
  ): Promise<[OrganisationEntity[], number]> {
    const where = `($1::text IS NULL OR name ILIKE $1 OR province ILIKE $1) AND ($2::text IS NULL OR type = $2)`;
    const params = [filter.q ? likePattern(filter.q) : null, filter.type ?? null];
    const rows = await poolQuery<OrganisationRow>(
      this.organisations.manager.connection,
      `SELECT id, name, name_key, type, country, province, thematic_areas, website, created_at, updated_at,
              count(*) OVER ()::int AS total
         FROM organisations WHERE ${where}
        ORDER BY name, id LIMIT $3 OFFSET $4`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    // Past the last page there is no row to carry the total; only then is it counted apart.
    const total =
      rows.length > 0
        ? rows[0].total
        : (
            await this.organisations.query(
              `SELECT count(*)::int AS total FROM organisations WHERE ${where}`,
              params,
            )
          )[0].total;
    return [rows.map(toEntity), total];
  }

  save(entity: OrganisationEntity, manager: EntityManager): Promise<OrganisationEntity> {
    return manager.getRepository(OrganisationEntity).save(entity);
  }

  create(fields: Partial<OrganisationEntity>): OrganisationEntity {
    return this.organisations.create(fields);
  }
}
