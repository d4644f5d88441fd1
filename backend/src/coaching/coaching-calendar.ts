/** The coaching meetings of the tracks a person mentors or is coached on, for their calendar feed (`$1`: the person). */
export const COACHING_MEETINGS_OF_PERSON_SQL = `
  SELECT m.id, t.id AS track_id, t.title, m.held_on::text AS held_on, (m.held_on + 1)::text AS day_after,
         m.duration_minutes, m.mode
    FROM coaching_meetings m JOIN coaching_tracks t ON t.id = m.track_id
   WHERE t.mentor_id = $1
      OR EXISTS (SELECT 1 FROM coaching_track_members tm WHERE tm.track_id = t.id AND tm.person_id = $1)
   ORDER BY m.held_on`;
