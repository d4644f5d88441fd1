/**
 * The figures of study visits and of workshops and conferences, defined here and nowhere else
 * (the portal shows these definitions beside them, keys `programmeEvents.definitions.*`).
 *
 * Over the events that overlap the period (starting on or before its end, ending on or after its
 * start), per group:
 * - events: how many;
 * - participants: distinct people listed as participants of any of them; by gender from their
 *   accounts;
 * - organisations: distinct organisations those participants belong to (people without one are
 *   not counted);
 * - provinces: for each province of those organisations' offices, the distinct participants
 *   from organisations there;
 * - speakers: speakers listed on the events, each listing counted (the same person speaking at
 *   two workshops counts twice), by the gender given for them.
 *
 * `$1`: the groups' kinds (text[]), `$2`/`$3`: the period's first and last day or null.
 */
export const EVENTS_IN_PERIOD = `
  SELECT * FROM programme_events
   WHERE kind = ANY($1) AND ($3::date IS NULL OR starts_on <= $3::date) AND ($2::date IS NULL OR ends_on >= $2::date)`;

export const PARTICIPANT_FIGURES_SQL = `
  WITH ev AS (${EVENTS_IN_PERIOD}),
       people_in AS (
         SELECT DISTINCT p.id, p.gender, p.organisation_id, o.province
           FROM programme_event_participants ep
           JOIN ev ON ev.id = ep.event_id
           JOIN people p ON p.id = ep.person_id
           LEFT JOIN organisations o ON o.id = p.organisation_id)
  SELECT (SELECT count(*) FROM ev)::int AS events,
         (SELECT count(*) FROM people_in)::int AS participants,
         (SELECT count(DISTINCT organisation_id) FROM people_in)::int AS organisations,
         (SELECT coalesce(jsonb_object_agg(gender, n), '{}') FROM
            (SELECT gender, count(*)::int AS n FROM people_in GROUP BY gender) g) AS by_gender,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('province', province, 'participants', n)
                   ORDER BY n DESC, province), '[]') FROM
            (SELECT province, count(*)::int AS n FROM people_in WHERE province IS NOT NULL GROUP BY province) pr)
           AS provinces,
         (SELECT coalesce(jsonb_object_agg(gender, n), '{}') FROM
            (SELECT s->>'gender' AS gender, count(*)::int AS n
               FROM ev, jsonb_array_elements(ev.speakers) s GROUP BY s->>'gender') sg) AS speakers_by_gender`;
