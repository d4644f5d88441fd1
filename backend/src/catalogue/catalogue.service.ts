import { Injectable, NotFoundException } from '@nestjs/common';
import type { CatalogueSession, CatalogueTraining } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { localDate } from '../common/zoned-time';
import { ContentRepository } from '../content/content.repository';
import { CatalogueQueryDto } from './catalogue.dto';
import { CatalogueRepository, type CatalogueRow } from './catalogue.repository';

const fold = (text: string) =>
  text.toLocaleLowerCase('tr').normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');

/** "From 2 March" means the session's first day, in its own zone, is 2 March or later. */
const startsOnOrAfter = (session: CatalogueSession, from: string) =>
  localDate(session.startsAt as string, session.timeZone) >= from.slice(0, 10);

/** Published trainings with their sessions that have not ended, as trainees browse them. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly catalogue: CatalogueRepository,
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
    const rows = await this.catalogue.rows(caller.id);
    const versions = await this.content.findVersionsByIds([
      ...new Set(rows.flatMap((r) => r.module_version_ids ?? [])),
    ]);
    const now = new Date();
    const trainings = new Map<string, CatalogueRow[]>();
    for (const row of rows) trainings.set(row.id, [...(trainings.get(row.id) ?? []), row]);
    return [...trainings.values()].map(([training, ...more]) => {
      const modules = (training.module_version_ids ?? [])
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
        sessions: [training, ...more]
          .filter((s) => s.session_id !== null)
          .map((s) => toCatalogueSession(s, now))
          .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? '') || a.id.localeCompare(b.id)),
      };
    });
  }
}

function toCatalogueSession(s: CatalogueRow, now: Date): CatalogueSession {
  return {
    id: s.session_id as string,
    title: s.session_title,
    format: s.format,
    mode: s.mode,
    language: s.language,
    city: s.city,
    country: s.country,
    timeZone: s.time_zone,
    startsAt: s.first_start?.toISOString() ?? null,
    endsAt: s.last_end?.toISOString() ?? null,
    capacity: s.capacity,
    seatsLeft: Math.max(0, s.capacity - s.enrolled),
    enrolmentPolicy: s.enrolment_policy,
    enrolmentOpen: s.enrolment_opens_at <= now && now < s.enrolment_closes_at,
    enrolmentClosesAt: s.enrolment_closes_at.toISOString(),
    myStatus: s.my_status,
  };
}
