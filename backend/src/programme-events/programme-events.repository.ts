import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  GENDERS,
  type EventParticipant,
  type GenderCounts,
  type ParticipantReport,
  type ProgrammeEventFigures,
  type ProgrammeEventKind,
} from '@atolye/shared';
import { PARTICIPANT_FIGURES_SQL } from './programme-event-figures';
import { ProgrammeEventEntity } from './programme-event.entity';

function genderCounts(raw: Record<string, number>): GenderCounts {
  return Object.fromEntries(GENDERS.map((g) => [g, raw[g] ?? 0])) as unknown as GenderCounts;
}

/** Reads and writes of programme events beyond the entity itself. */
@Injectable()
export class ProgrammeEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(kind?: ProgrammeEventKind): Promise<(ProgrammeEventEntity & { participant_count: number })[]> {
    return this.db
      .getRepository(ProgrammeEventEntity)
      .createQueryBuilder('e')
      .addSelect(
        '(SELECT count(*) FROM programme_event_participants p WHERE p.event_id = e.id)::int',
        'participant_count',
      )
      .where(kind ? 'e.kind = :kind' : 'true', { kind })
      .orderBy('e.starts_on', 'DESC')
      .addOrderBy('e.id')
      .limit(500)
      .getRawAndEntities()
      .then(({ raw, entities }) =>
        entities.map((entity, i) => Object.assign(entity, { participant_count: raw[i].participant_count })),
      );
  }

  find(id: string): Promise<ProgrammeEventEntity | null> {
    return this.db.getRepository(ProgrammeEventEntity).findOneBy({ id });
  }

  async participants(eventId: string): Promise<EventParticipant[]> {
    const rows: {
      id: string;
      full_name: string;
      gender: EventParticipant['gender'];
      name: string | null;
      reported: boolean;
    }[] = await this.db.query(
      `SELECT p.id, p.full_name, p.gender, o.name,
                EXISTS (SELECT 1 FROM programme_event_reports r WHERE r.event_id = ep.event_id AND r.person_id = p.id) AS reported
           FROM programme_event_participants ep JOIN people p ON p.id = ep.person_id
           LEFT JOIN organisations o ON o.id = p.organisation_id
          WHERE ep.event_id = $1 ORDER BY p.full_name, p.id`,
      [eventId],
    );
    return rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      gender: r.gender,
      organisationName: r.name,
      reported: r.reported,
    }));
  }

  async reports(eventId: string): Promise<ParticipantReport[]> {
    const rows: {
      person_id: string;
      full_name: string;
      learned: string;
      will_apply: string;
      submitted_at: Date;
    }[] = await this.db.query(
      `SELECT r.person_id, p.full_name, r.learned, r.will_apply, r.submitted_at
           FROM programme_event_reports r JOIN people p ON p.id = r.person_id
          WHERE r.event_id = $1 ORDER BY r.submitted_at`,
      [eventId],
    );
    return rows.map((r) => ({
      personId: r.person_id,
      fullName: r.full_name,
      learned: r.learned,
      willApply: r.will_apply,
      submittedAt: new Date(r.submitted_at).toISOString(),
    }));
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; full_name: string }[] = await this.db.query(
      'SELECT id, full_name FROM people WHERE id = ANY($1)',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  /** Ids among `ids` of enabled people. */
  async enabledPeople(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.db.query(
      'SELECT id FROM people WHERE id = ANY($1) AND NOT disabled',
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async replaceParticipants(eventId: string, personIds: string[], manager: EntityManager): Promise<void> {
    await manager.query(
      'DELETE FROM programme_event_participants WHERE event_id = $1 AND NOT (person_id = ANY($2))',
      [eventId, personIds],
    );
    await manager.query(
      `INSERT INTO programme_event_participants (event_id, person_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [eventId, personIds],
    );
  }

  isParticipant(eventId: string, personId: string): Promise<boolean> {
    return this.db
      .query('SELECT 1 FROM programme_event_participants WHERE event_id = $1 AND person_id = $2', [
        eventId,
        personId,
      ])
      .then((rows: unknown[]) => rows.length > 0);
  }

  /** The events a person takes part in, newest first. */
  eventsOf(personId: string): Promise<ProgrammeEventEntity[]> {
    return this.db
      .getRepository(ProgrammeEventEntity)
      .createQueryBuilder('e')
      .where(
        'EXISTS (SELECT 1 FROM programme_event_participants p WHERE p.event_id = e.id AND p.person_id = :personId)',
        {
          personId,
        },
      )
      .orderBy('e.starts_on', 'DESC')
      .getMany();
  }

  async reportOf(eventId: string, personId: string) {
    const [row]: { learned: string; will_apply: string; submitted_at: Date }[] = await this.db.query(
      'SELECT learned, will_apply, submitted_at FROM programme_event_reports WHERE event_id = $1 AND person_id = $2',
      [eventId, personId],
    );
    return row
      ? {
          learned: row.learned,
          willApply: row.will_apply,
          submittedAt: new Date(row.submitted_at).toISOString(),
        }
      : null;
  }

  async saveReport(eventId: string, personId: string, learned: string, willApply: string): Promise<void> {
    await this.db.query(
      `INSERT INTO programme_event_reports (event_id, person_id, learned, will_apply) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id, person_id) DO UPDATE
          SET learned = EXCLUDED.learned, will_apply = EXCLUDED.will_apply, submitted_at = now()`,
      [eventId, personId, learned, willApply],
    );
  }

  async figures(
    kinds: ProgrammeEventKind[],
    from: string | null,
    to: string | null,
  ): Promise<ProgrammeEventFigures> {
    const [row]: {
      events: number;
      participants: number;
      organisations: number;
      by_gender: Record<string, number>;
      provinces: { province: string; participants: number }[];
      speakers_by_gender: Record<string, number>;
    }[] = await this.db.query(PARTICIPANT_FIGURES_SQL, [kinds, from, to]);
    const speakersByGender = genderCounts(row.speakers_by_gender);
    return {
      events: row.events,
      participants: row.participants,
      participantsByGender: genderCounts(row.by_gender),
      organisations: row.organisations,
      provinces: row.provinces,
      speakers: Object.values(speakersByGender).reduce((a, b) => a + b, 0),
      speakersByGender,
    };
  }
}
