import type { DataSource } from 'typeorm';
import { GENDERS, type CoachingFigures, type GenderCounts } from '@atolye/shared';
import { figureDefinition } from '../figures/figure-definitions';

/**
 * The coaching figures as defined in figure-definitions.ts (coaching_tracks_finished,
 * coaching_organisations, coaching_people, coaching_meetings, coaching_hours): over the tracks
 * marked finished whose end date falls in the period (either bound may be left open).
 * `$1`/`$2`: the period's first and last day or null.
 */
export const COACHING_FIGURES_SQL = `
  WITH tracks AS (
         SELECT id, organisation_id FROM coaching_tracks
          WHERE status = 'finished' AND ($1::date IS NULL OR ends_on >= $1::date) AND ($2::date IS NULL OR ends_on <= $2::date)),
       coached AS (
         SELECT DISTINCT p.id, p.gender, p.organisation_id
           FROM coaching_track_members m JOIN tracks t ON t.id = m.track_id JOIN people p ON p.id = m.person_id),
       organisations AS (
         SELECT organisation_id FROM tracks WHERE organisation_id IS NOT NULL
          UNION SELECT organisation_id FROM coached WHERE organisation_id IS NOT NULL),
       held AS (SELECT cm.duration_minutes FROM coaching_meetings cm JOIN tracks t ON t.id = cm.track_id)
  SELECT (SELECT count(*) FROM tracks)::int AS tracks,
         (SELECT count(*) FROM organisations)::int AS organisations,
         (SELECT count(*) FROM coached)::int AS people,
         (SELECT coalesce(jsonb_object_agg(gender, n), '{}') FROM
            (SELECT gender, count(*)::int AS n FROM coached GROUP BY gender) g) AS by_gender,
         (SELECT count(*) FROM held)::int AS meetings,
         (SELECT coalesce(sum(duration_minutes), 0) FROM held)::int AS minutes`;

/** The figures of finished coaching tracks, for the reports page and any feature that reports on them. */
export async function coachingFigures(
  db: DataSource,
  period: { from?: string | null; to?: string | null },
): Promise<CoachingFigures> {
  const [row]: {
    tracks: number;
    organisations: number;
    people: number;
    by_gender: Record<string, number>;
    meetings: number;
    minutes: number;
  }[] = await db.query(COACHING_FIGURES_SQL, [period.from ?? null, period.to ?? null]);
  return {
    tracksFinished: row.tracks,
    organisationsCoached: row.organisations,
    peopleCoached: row.people,
    peopleCoachedByGender: Object.fromEntries(
      GENDERS.map((g) => [g, row.by_gender[g] ?? 0]),
    ) as unknown as GenderCounts,
    meetingsHeld: row.meetings,
    meetingHours: Math.round((row.minutes / 60) * 10) / 10,
    definitions: [
      figureDefinition('coaching_tracks_finished'),
      figureDefinition('coaching_organisations'),
      figureDefinition('coaching_people'),
      figureDefinition('coaching_meetings'),
      figureDefinition('coaching_hours'),
    ],
  };
}
