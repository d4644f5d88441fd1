import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CatalogueSession, CatalogueTraining } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { localDate } from '../common/zoned-time';
import { ContentRepository } from '../content/content.repository';
import { LIVE_STATUSES } from '../enrolments/enrolments.repository';
import { isEnrolmentOpen } from '../sessions/sessions.mapper';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SessionEntity } from '../sessions/session.entity';
import { TrainingEntity } from '../trainings/training.entity';
import { TrainingsRepository } from '../trainings/trainings.repository';
import { CatalogueQueryDto } from './catalogue.dto';

const fold = (text: string) =>
  text.toLocaleLowerCase('tr').normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');

/** "From 2 March" means the session's first day, in its own zone, is 2 March or later. */
const startsOnOrAfter = (session: CatalogueSession, from: string) =>
  localDate(session.startsAt as string, session.timeZone) >= from.slice(0, 10);

/** Published trainings with their sessions that have not ended, as trainees browse them. */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trainings: TrainingsRepository,
    private readonly sessions: SessionsRepository,
    private readonly content: ContentRepository,
  ) {}

  async list(caller: SignedInPerson, query: CatalogueQueryDto): Promise<CatalogueTraining[]> {
    const all = await this.build(caller);
    const q = query.q ? fold(query.q) : null;
    const city = query.city ? fold(query.city) : null;
    return all
      .filter(
        (t) =>
          !q ||
          fold(`${Object.values(t.title).join(' ')} ${Object.values(t.description).join(' ')}`).includes(q),
      )
      .filter((t) => !query.topic || t.topics.includes(query.topic))
      .filter((t) => !query.language || t.languages.includes(query.language))
      .map((t) => ({
        ...t,
        sessions: t.sessions.filter(
          (s) =>
            (!query.mode || s.mode === query.mode) &&
            (!city || fold(s.city).includes(city)) &&
            (!query.language || s.language === query.language) &&
            (!query.from || (s.startsAt !== null && startsOnOrAfter(s, query.from))),
        ),
      }))
      .filter((t) => t.sessions.length > 0 || (!query.mode && !query.city && !query.from));
  }

  async get(caller: SignedInPerson, trainingId: string): Promise<CatalogueTraining> {
    const found = (await this.build(caller)).find((t) => t.id === trainingId);
    if (!found) throw new NotFoundException('No published training with this id');
    return found;
  }

  private async build(caller: SignedInPerson): Promise<CatalogueTraining[]> {
    const trainings = await this.db
      .getRepository(TrainingEntity)
      .find({ where: { status: 'published' }, order: { updatedAt: 'DESC' } });
    if (trainings.length === 0) return [];
    const ids = trainings.map((t) => t.id);
    const revisions = await this.trainings.revisionsOf(ids);
    const current = trainings.map((t) =>
      revisions.find((r) => r.trainingId === t.id && r.number === t.currentRevision),
    );
    const moduleIds = [...new Set(current.flatMap((r) => r?.moduleVersionIds ?? []))];
    const sessions = await this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .where('session.trainingId IN (:...ids)', { ids })
      // Sessions that have not ended: a meeting still to come, or no meetings planned yet.
      .andWhere(
        '(EXISTS (SELECT 1 FROM meetings m WHERE m.session_id = session.id AND m.ends_at >= now()) OR NOT EXISTS (SELECT 1 FROM meetings m WHERE m.session_id = session.id))',
      )
      .getMany();
    const sessionIds = sessions.map((s) => s.id);
    const [versions, counts, meetings, mine] = await Promise.all([
      this.content.findVersionsByIds(moduleIds),
      this.sessions.counts(sessionIds),
      this.sessions.meetingsOf(sessionIds),
      sessionIds.length
        ? (this.db.query(
            `SELECT session_id, status FROM enrolments WHERE person_id = $1 AND session_id = ANY($2) AND status = ANY($3)`,
            [caller.id, sessionIds, LIVE_STATUSES],
          ) as Promise<{ session_id: string; status: string }[]>)
        : Promise.resolve([]),
    ]);
    const now = new Date();
    return trainings.map((training, i) => {
      const modules = (current[i]?.moduleVersionIds ?? [])
        .map((id) => versions.find((v) => v.id === id))
        .filter((v) => v !== undefined);
      return {
        id: training.id,
        title: training.title,
        description: training.description,
        languages: training.languages,
        topics: [...new Set(modules.flatMap((m) => m.topics))],
        estimatedMinutes: modules.reduce((sum, m) => sum + m.estimatedMinutes, 0),
        modules: modules.map((m) => ({ slug: m.slug, version: m.version, title: m.title })),
        sessions: sessions
          .filter((s) => s.trainingId === training.id)
          .map((s): CatalogueSession => {
            const own = meetings.filter((m) => m.sessionId === s.id);
            const enrolled = counts.get(s.id)?.enrolled ?? 0;
            return {
              id: s.id,
              title: s.title,
              format: s.format,
              mode: s.mode,
              language: s.language,
              city: s.city,
              country: s.country,
              timeZone: s.timeZone,
              startsAt: own[0]?.startsAt.toISOString() ?? null,
              endsAt: own.length ? own[own.length - 1].endsAt.toISOString() : null,
              capacity: s.capacity,
              seatsLeft: Math.max(0, s.capacity - enrolled),
              enrolmentPolicy: s.enrolmentPolicy,
              enrolmentOpen: isEnrolmentOpen(s, now),
              enrolmentClosesAt: s.enrolmentClosesAt.toISOString(),
              myStatus: mine.find((m) => m.session_id === s.id)?.status ?? null,
            };
          })
          .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? '')),
      };
    });
  }
}
