import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { MeetingEntity } from './meeting.entity';
import { SessionEntity } from './session.entity';

export interface SessionCounts {
  enrolled: number;
  waitlisted: number;
  pending: number;
}

export interface SessionListFilter {
  trainingId?: string;
  trainerId?: string;
  q?: string;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async knowsTimeZone(zone: string): Promise<boolean> {
    const [row] = await this.db.query(
      'SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1) AS known',
      [zone],
    );
    return row.known;
  }

  findById(id: string, manager: EntityManager = this.db.manager): Promise<SessionEntity | null> {
    return manager.getRepository(SessionEntity).findOne({ where: { id } });
  }

  /** Several sessions in one statement, in no particular order. */
  findByIds(ids: string[]): Promise<SessionEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.db.getRepository(SessionEntity).find({ where: { id: In([...new Set(ids)]) } });
  }

  /** Locks the session row: enrolment decisions on one session then happen one at a time. */
  lock(id: string, manager: EntityManager): Promise<SessionEntity | null> {
    return manager
      .getRepository(SessionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async list(page: number, pageSize: number, filter: SessionListFilter): Promise<[SessionEntity[], number]> {
    const query = this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .addSelect('(SELECT min(m.starts_at) FROM meetings m WHERE m.session_id = session.id)', 'first_meeting')
      .orderBy('first_meeting', 'DESC', 'NULLS LAST')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (filter.trainingId)
      query.andWhere('session.trainingId = :trainingId', { trainingId: filter.trainingId });
    if (filter.trainerId)
      query.andWhere(':trainerId = ANY(session.trainer_ids)', { trainerId: filter.trainerId });
    if (filter.q)
      query.andWhere('(session.title ILIKE :q OR session.city ILIKE :q)', {
        q: `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    return query.getManyAndCount();
  }

  meetingsOf(sessionIds: string[]): Promise<MeetingEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where('meeting.sessionId IN (:...ids)', { ids: sessionIds })
      .orderBy('meeting.startsAt', 'ASC')
      .getMany();
  }

  async counts(
    sessionIds: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, SessionCounts>> {
    if (sessionIds.length === 0) return new Map();
    const rows: { session_id: string; enrolled: number; waitlisted: number; pending: number }[] =
      await manager.query(
        `SELECT session_id,
              count(*) FILTER (WHERE status IN ('enrolled', 'completed'))::int AS enrolled,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              count(*) FILTER (WHERE status = 'pending')::int AS pending
         FROM enrolments WHERE session_id = ANY($1) GROUP BY session_id`,
        [sessionIds],
      );
    return new Map(
      rows.map((r) => [r.session_id, { enrolled: r.enrolled, waitlisted: r.waitlisted, pending: r.pending }]),
    );
  }

  async trainerNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; full_name: string }[] = await this.db.query(
      'SELECT id, full_name FROM people WHERE id = ANY($1)',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  /** Ids among `ids` of enabled people who hold the trainer role. */
  async trainersAmong(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM people WHERE id = ANY($1) AND 'trainer' = ANY(roles) AND NOT disabled`,
      [ids],
    );
    return rows.map((r) => r.id);
  }
}
