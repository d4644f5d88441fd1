import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language, LocalisedText } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';
import { LIVE_STATUSES } from '../enrolments/enrolments.repository';

/** One published training and one of its sessions that has not ended (session fields null if none). */
export interface CatalogueRow {
  id: string;
  title: LocalisedText;
  description: LocalisedText;
  languages: Language[];
  module_version_ids: string[] | null;
  session_id: string | null;
  session_title: string;
  format: string;
  mode: string;
  language: string;
  city: string;
  country: string;
  time_zone: string;
  capacity: number;
  enrolment_policy: string;
  enrolment_opens_at: Date;
  enrolment_closes_at: Date;
  first_start: Date | null;
  last_end: Date | null;
  enrolled: number;
  my_status: string | null;
}

/**
 * The catalogue in one prepared statement: published trainings (newest change first) with their
 * current revision's modules and, one row each, their sessions that have not ended — a meeting
 * still to come, or no meetings planned yet — with the first meeting's start, the last meeting's
 * end, the seats taken (enrolled or completed) and the caller's own live enrolment.
 */
const CATALOGUE_SQL = `
  SELECT t.id, t.title, t.description, t.languages, r.module_version_ids,
         s.id AS session_id, s.title AS session_title, s.format, s.mode, s.language, s.city, s.country,
         s.time_zone, s.capacity, s.enrolment_policy, s.enrolment_opens_at, s.enrolment_closes_at,
         m.first_start, m.last_end, coalesce(c.enrolled, 0) AS enrolled, mine.status AS my_status
    FROM trainings t
    LEFT JOIN training_revisions r ON r.training_id = t.id AND r.number = t.current_revision
    LEFT JOIN LATERAL (
      SELECT * FROM sessions s
       WHERE s.training_id = t.id
         AND (EXISTS (SELECT 1 FROM meetings m WHERE m.session_id = s.id AND m.ends_at >= now())
              OR NOT EXISTS (SELECT 1 FROM meetings m WHERE m.session_id = s.id))) s ON true
    LEFT JOIN LATERAL (
      SELECT min(starts_at) AS first_start, (array_agg(ends_at ORDER BY starts_at DESC))[1] AS last_end
        FROM meetings WHERE session_id = s.id) m ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS enrolled FROM enrolments
       WHERE session_id = s.id AND status IN ('enrolled', 'completed')) c ON true
    LEFT JOIN LATERAL (
      SELECT status FROM enrolments
       WHERE person_id = $1 AND session_id = s.id AND status = ANY($2) LIMIT 1) mine ON true
   WHERE t.status = 'published'
   ORDER BY t.updated_at DESC, t.id`;

@Injectable()
export class CatalogueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  rows(personId: string): Promise<CatalogueRow[]> {
    return poolQuery<CatalogueRow>(this.db, CATALOGUE_SQL, [personId, LIVE_STATUSES], 'catalogue');
  }
}
