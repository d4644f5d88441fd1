import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CatalogueSession, CatalogueTraining } from '@atolye/shared';
import { ContentRepository } from '../../src/content/content.repository';
import { LIVE_STATUSES } from '../../src/enrolments/enrolments.repository';
import { isEnrolmentOpen } from '../../src/sessions/sessions.mapper';
import { SessionEntity } from '../../src/sessions/session.entity';
import { SessionsRepository } from '../../src/sessions/sessions.repository';
import { TrainingEntity } from '../../src/trainings/training.entity';
import { TrainingsRepository } from '../../src/trainings/trainings.repository';

/**
 * The catalogue as it was built before it became one statement (trainings, revisions, sessions,
 * then counts, meetings and the caller's enrolments), kept only so a spec can check that the
 * answer is still the same, byte for byte. Ties are broken by id on both sides.
 */
export function referenceCatalogue(app: INestApplication) {
  const db = app.get(DataSource);
  const trainingsRepository = app.get(TrainingsRepository);
  const sessionsRepository = app.get(SessionsRepository);
  const content = app.get(ContentRepository);

  return async function build(callerId: string): Promise<CatalogueTraining[]> {
    const trainings = await db
      .getRepository(TrainingEntity)
      .find({ where: { status: 'published' }, order: { updatedAt: 'DESC', id: 'ASC' } });
    if (trainings.length === 0) return [];
    const ids = trainings.map((t) => t.id);
    const revisions = await trainingsRepository.revisionsOf(ids);
    const current = trainings.map((t) =>
      revisions.find((r) => r.trainingId === t.id && r.number === t.currentRevision),
    );
    const moduleIds = [...new Set(current.flatMap((r) => r?.moduleVersionIds ?? []))];
    const sessions = await db
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .where('session.trainingId IN (:...ids)', { ids })
      .andWhere(
        '(EXISTS (SELECT 1 FROM meetings m WHERE m.session_id = session.id AND m.ends_at >= now()) OR NOT EXISTS (SELECT 1 FROM meetings m WHERE m.session_id = session.id))',
      )
      .getMany();
    const sessionIds = sessions.map((s) => s.id);
    const [versions, counts, meetings, mine] = await Promise.all([
      content.findVersionsByIds(moduleIds),
      sessionsRepository.counts(sessionIds),
      sessionsRepository.meetingsOf(sessionIds),
      sessionIds.length
        ? (db.query(
            `SELECT session_id, status FROM enrolments WHERE person_id = $1 AND session_id = ANY($2) AND status = ANY($3)`,
            [callerId, sessionIds, LIVE_STATUSES],
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
          .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? '') || a.id.localeCompare(b.id)),
      };
    });
  };
}
