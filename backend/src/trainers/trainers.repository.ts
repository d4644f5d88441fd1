import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AvailabilityPeriod, TrainerRosterEntry, TrainerRosterSort } from '@atolye/shared';
import { likePattern } from '../common/pagination.dto';
import { TRAINER_FIGURES_SQL } from './trainer-figures';

export interface RosterFilter {
  q?: string;
  expertise?: string;
  language?: string;
  availableFrom?: string;
  availableTo?: string;
  minRating?: number;
  sort?: TrainerRosterSort;
  personId?: string;
}

interface RosterRow {
  id: string;
  full_name: string;
  email: string;
  organisation_name: string | null;
  expertise_areas: string[] | null;
  languages: string[] | null;
  availability_note: string | null;
  available_periods: AvailabilityPeriod[] | null;
  updated_at: Date | null;
  sessions_delivered: number | null;
  rating_average: number | null;
  rating_count: number | null;
  total: number;
}

const ORDER: Record<TrainerRosterSort, string> = {
  name: 'full_name',
  sessions: 'sessions_delivered DESC NULLS LAST, full_name',
  rating: 'rating_average DESC NULLS LAST, rating_count DESC, full_name',
};

/** The roster's reads: enabled people with the trainer role, their profiles and figures. */
@Injectable()
export class TrainersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(filter: RosterFilter, page: number, pageSize: number): Promise<[TrainerRosterEntry[], number]> {
    const params: unknown[] = [];
    const where = [`'trainer' = ANY(p.roles)`, 'NOT p.disabled'];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (filter.personId) where.push(`p.id = ${add(filter.personId)}`);
    if (filter.q)
      where.push(`(p.full_name ILIKE ${add(likePattern(filter.q))} OR p.email ILIKE $${params.length})`);
    if (filter.expertise) {
      where.push(
        `EXISTS (SELECT 1 FROM unnest(tp.expertise_areas) a WHERE lower(a) = lower(${add(filter.expertise)}))`,
      );
    }
    if (filter.language) where.push(`${add(filter.language)} = ANY(tp.languages)`);
    if (filter.availableFrom && filter.availableTo) {
      where.push(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(tp.available_periods) ap
                  WHERE (ap->>'from')::date <= ${add(filter.availableFrom)}::date
                    AND (ap->>'to')::date >= ${add(filter.availableTo)}::date)`,
      );
    }
    if (filter.minRating !== undefined) where.push(`f.rating_average >= ${add(filter.minRating)}`);
    const order = ORDER[filter.sort ?? 'name'];
    const rows: RosterRow[] = await this.db.query(
      `WITH figures AS (${TRAINER_FIGURES_SQL})
       SELECT p.id, p.full_name, p.email, o.name AS organisation_name,
              tp.expertise_areas, tp.languages, tp.availability_note, tp.available_periods, tp.updated_at,
              f.sessions_delivered, f.rating_average, f.rating_count,
              count(*) OVER ()::int AS total
         FROM people p
         LEFT JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN trainer_profiles tp ON tp.person_id = p.id
         LEFT JOIN figures f ON f.trainer_id = p.id
        WHERE ${where.join(' AND ')}
        ORDER BY ${order}, id
        LIMIT ${add(pageSize)} OFFSET ${add((page - 1) * pageSize)}`,
      params,
    );
    if (rows.length === 0 && page > 1) {
      const [, total] = await this.page(filter, 1, 1);
      return [[], total];
    }
    return [rows.map(toEntry), rows[0]?.total ?? 0];
  }

  /** Every expertise area (first spelling met) and language on any enabled trainer's profile. */
  async vocabulary(): Promise<{ expertiseAreas: string[]; languages: string[] }> {
    const [row]: { areas: string[] | null; languages: string[] | null }[] = await this.db.query(
      `SELECT (SELECT array_agg(DISTINCT a ORDER BY a) FROM (
                 SELECT min(area) AS a FROM trainer_profiles tp JOIN people p ON p.id = tp.person_id,
                        unnest(tp.expertise_areas) area
                  WHERE 'trainer' = ANY(p.roles) AND NOT p.disabled GROUP BY lower(area)) x) AS areas,
              (SELECT array_agg(DISTINCT l ORDER BY l) FROM trainer_profiles tp JOIN people p ON p.id = tp.person_id,
                        unnest(tp.languages) l
                  WHERE 'trainer' = ANY(p.roles) AND NOT p.disabled) AS languages`,
    );
    return { expertiseAreas: row?.areas ?? [], languages: row?.languages ?? [] };
  }

  /** Whether the id is an enabled person with the trainer role. */
  async isTrainer(id: string): Promise<{ fullName: string } | null> {
    const [row]: { full_name: string }[] = await this.db.query(
      `SELECT full_name FROM people WHERE id = $1 AND 'trainer' = ANY(roles) AND NOT disabled`,
      [id],
    );
    return row ? { fullName: row.full_name } : null;
  }

  /** Creates or replaces the trainer's profile; the periods are stored as given. */
  async saveProfile(
    personId: string,
    profile: {
      expertiseAreas: string[];
      languages: string[];
      availabilityNote: string | null;
      availablePeriods: AvailabilityPeriod[];
    },
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO trainer_profiles (person_id, expertise_areas, languages, availability_note, available_periods)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (person_id) DO UPDATE
          SET expertise_areas = EXCLUDED.expertise_areas, languages = EXCLUDED.languages,
              availability_note = EXCLUDED.availability_note,
              available_periods = EXCLUDED.available_periods, updated_at = now()`,
      [
        personId,
        profile.expertiseAreas,
        profile.languages,
        profile.availabilityNote,
        JSON.stringify(profile.availablePeriods),
      ],
    );
  }
}

function toEntry(row: RosterRow): TrainerRosterEntry {
  return {
    id: row.id,
    fullName: row.full_name,
    email: row.email,
    organisationName: row.organisation_name,
    profile: {
      expertiseAreas: row.expertise_areas ?? [],
      languages: row.languages ?? [],
      availabilityNote: row.availability_note,
      availablePeriods: row.available_periods ?? [],
      updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
    },
    sessionsDelivered: row.sessions_delivered ?? 0,
    ratingAverage: row.rating_average,
    ratingCount: row.rating_count ?? 0,
  };
}
