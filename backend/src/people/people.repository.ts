import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { Role } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { PersonEntity } from './person.entity';

export interface PeopleSearch {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.people.findOne({ where: { email: email.toLowerCase() } });
  }

  findById(id: string, manager?: EntityManager): Promise<PersonEntity | null> {
    const repository = manager ? manager.getRepository(PersonEntity) : this.people;
    return repository.findOne({ where: { id }, relations: { organisation: true } });
  }

  /** Locks the row for the rest of the transaction, so concurrent edits apply one after another. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<PersonEntity | null> {
    return manager
      .getRepository(PersonEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async search(search: PeopleSearch): Promise<[PersonEntity[], number]> {
    const query = this.people
      .createQueryBuilder('person')
      .leftJoinAndSelect('person.organisation', 'organisation')
      .orderBy('person.fullName', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .skip((search.page - 1) * search.pageSize)
      .take(search.pageSize);
    if (search.q) {
      const pattern = likePattern(search.q);
      query.andWhere(
        new Brackets((where) =>
          where
            .where('person.fullName ILIKE :pattern', { pattern })
            .orWhere('person.email ILIKE :pattern', { pattern })
            .orWhere('organisation.name ILIKE :pattern', { pattern }),
        ),
      );
    }
    if (search.role) query.andWhere(':role = ANY(person.roles)', { role: search.role });
    return query.getManyAndCount();
  }

  save(person: PersonEntity, manager?: EntityManager): Promise<PersonEntity> {
    return (manager ? manager.getRepository(PersonEntity) : this.people).save(person);
  }

  create(fields: Partial<PersonEntity>): PersonEntity {
    return this.people.create(fields);
  }
}
