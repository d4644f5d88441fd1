import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { OrganisationType } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { OrganisationEntity } from './organisation.entity';

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

  findByIdForUpdate(id: string, manager: EntityManager): Promise<OrganisationEntity | null> {
    return manager
      .getRepository(OrganisationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page and the total in one round trip (a window count), newest rules of search applied. */
  async search(
    page: number,
    pageSize: number,
    filter: { q?: string; type?: OrganisationType },
  ): Promise<[OrganisationEntity[], number]> {
    const query = this.organisations
      .createQueryBuilder('organisation')
      .addSelect('count(*) OVER ()', 'total')
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize);
    if (filter.q) {
      query.andWhere('(organisation.name ILIKE :pattern OR organisation.province ILIKE :pattern)', {
        pattern: likePattern(filter.q),
      });
    }
    if (filter.type) query.andWhere('organisation.type = :type', { type: filter.type });
    const { entities, raw } = await query.getRawAndEntities<{ total: string }>();
    // Past the last page there is no row to carry the total; only then is it counted apart.
    const total =
      raw.length > 0 ? Number(raw[0].total) : await query.offset(undefined).limit(undefined).getCount();
    return [entities, total];
  }

  save(entity: OrganisationEntity, manager: EntityManager): Promise<OrganisationEntity> {
    return manager.getRepository(OrganisationEntity).save(entity);
  }

  create(fields: Partial<OrganisationEntity>): OrganisationEntity {
    return this.organisations.create(fields);
  }
}
