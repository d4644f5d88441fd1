import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { TrainingStatus } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { TrainingRevisionEntity } from './training-revision.entity';
import { TrainingEntity } from './training.entity';

@Injectable()
export class TrainingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string, manager: EntityManager = this.db.manager): Promise<TrainingEntity | null> {
    return manager.getRepository(TrainingEntity).findOne({ where: { id } });
  }

  /** Several trainings in one statement, in no particular order. */
  findByIds(ids: string[]): Promise<TrainingEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.db.getRepository(TrainingEntity).find({ where: { id: In([...new Set(ids)]) } });
  }

  findByIdForUpdate(id: string, manager: EntityManager): Promise<TrainingEntity | null> {
    return manager
      .getRepository(TrainingEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  search(
    page: number,
    pageSize: number,
    filter: { q?: string; status?: TrainingStatus },
  ): Promise<[TrainingEntity[], number]> {
    const query = this.db
      .getRepository(TrainingEntity)
      .createQueryBuilder('training')
      .orderBy('training.updatedAt', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (filter.q)
      query.andWhere(`(training.title->>'en' ILIKE :q OR training.title->>'tr' ILIKE :q)`, {
        q: likePattern(filter.q),
      });
    if (filter.status) query.andWhere('training.status = :status', { status: filter.status });
    return query.getManyAndCount();
  }

  revisionsOf(trainingIds: string[]): Promise<TrainingRevisionEntity[]> {
    if (trainingIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(TrainingRevisionEntity)
      .createQueryBuilder('revision')
      .where('revision.trainingId IN (:...ids)', { ids: trainingIds })
      .orderBy('revision.number', 'ASC')
      .getMany();
  }

  findRevision(
    trainingId: string,
    number: number,
    manager: EntityManager = this.db.manager,
  ): Promise<TrainingRevisionEntity | null> {
    return manager.getRepository(TrainingRevisionEntity).findOne({ where: { trainingId, number } });
  }

  findRevisionById(id: string): Promise<TrainingRevisionEntity | null> {
    return this.db.getRepository(TrainingRevisionEntity).findOne({ where: { id } });
  }
}
