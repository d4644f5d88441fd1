import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language, LocalisedText, PublicTraining } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';

interface TrainingRow {
  id: string;
  title: LocalisedText;
  description: LocalisedText;
  languages: Language[];
  modules: { slug: string; title: LocalisedText; topics: string[]; minutes: number }[];
  sessions: (Omit<PublicTraining['sessions'][number], 'seatsLeft'> & { taken: number })[];
}

/**
 * Published trainings with their sessions open for applications now (enrolment window open, not
 * yet over), in one round trip. Only what a visitor may see: no trainer, no participant.
 */
const SQL = `
WITH open_sessions AS (
  SELECT s.id, s.training_id, s.title, s.format, s.mode, s.language, s.city, s.country, s.capacity,
         s.enrolment_closes_at, s.enrolment_policy,
         (SELECT min(m.starts_at) FROM meetings m WHERE m.session_id = s.id) AS starts_at,
         (SELECT max(m.ends_at) FROM meetings m WHERE m.session_id = s.id) AS ends_at,
         (SELECT count(*) FROM enrolments e
           WHERE e.session_id = s.id AND e.status IN ('enrolled', 'completed'))::int AS taken
    FROM sessions s
    JOIN trainings t ON t.id = s.training_id AND t.status = 'published'
   WHERE s.enrolment_opens_at <= now() AND now() < s.enrolment_closes_at
     AND ($1::uuid IS NULL OR s.training_id = $1)
)
SELECT t.id, t.title, t.description, t.languages,
       (SELECT coalesce(json_agg(json_build_object('slug', mv.slug, 'title', mv.title, 'topics', mv.topics,
                                                   'minutes', mv.estimated_minutes) ORDER BY u.ord), '[]')
          FROM training_revisions r
         CROSS JOIN unnest(r.module_version_ids) WITH ORDINALITY AS u(id, ord)
          JOIN module_versions mv ON mv.id = u.id
         WHERE r.training_id = t.id AND r.number = t.current_revision) AS modules,
       (SELECT json_agg(json_build_object(
                 'id', o.id, 'title', o.title, 'format', o.format, 'mode', o.mode, 'language', o.language,
                 'city', o.city, 'country', o.country, 'capacity', o.capacity, 'taken', o.taken,
                 'startsAt', o.starts_at, 'endsAt', o.ends_at, 'enrolmentClosesAt', o.enrolment_closes_at,
                 'enrolmentPolicy', o.enrolment_policy) ORDER BY o.starts_at NULLS LAST, o.title)
          FROM open_sessions o
         WHERE o.training_id = t.id AND (o.ends_at IS NULL OR o.ends_at >= now())) AS sessions
  FROM trainings t
 WHERE t.status = 'published'
   AND EXISTS (SELECT 1 FROM open_sessions o WHERE o.training_id = t.id AND (o.ends_at IS NULL OR o.ends_at >= now()))
 ORDER BY t.updated_at DESC, t.id`;

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

@Injectable()
export class PublicCatalogueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every training on offer, or the one asked for (an empty list when it is not on offer). */
  async trainings(trainingId: string | null = null): Promise<PublicTraining[]> {
    const rows = await poolQuery<TrainingRow>(this.db, SQL, [trainingId], 'public-catalogue');
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      description: row.description,
      languages: row.languages,
      topics: [...new Set(row.modules.flatMap((m) => m.topics))],
      estimatedMinutes: row.modules.reduce((sum, m) => sum + m.minutes, 0),
      modules: row.modules.map((m) => ({ slug: m.slug, title: m.title })),
      sessions: row.sessions.map(({ taken, ...session }) => ({
        ...session,
        country: session.country.trim(),
        startsAt: iso(session.startsAt),
        endsAt: iso(session.endsAt),
        enrolmentClosesAt: iso(session.enrolmentClosesAt) as string,
        seatsLeft: Math.max(0, session.capacity - taken),
      })),
    }));
  }
}
