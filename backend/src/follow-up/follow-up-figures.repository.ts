import type { DataSource } from 'typeorm';
import { FOLLOW_UP_WAVES, type FollowUpFigures, type FollowUpWave } from '@atolye/shared';
import { figureDefinition } from '../figures/figure-definitions';
import { FOLLOW_UP_WAVES_SQL, USED_ANSWERS } from './follow-up-waves';

const percent = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : null);

/**
 * The follow-up outcome figures as defined in figure-definitions.ts (follow_up_used_3m,
 * follow_up_used_6m, follow_up_response_rate), per wave.
 */
export async function followUpFigures(db: DataSource, now = new Date()): Promise<FollowUpFigures> {
  const rows: { wave: number; invited: number; respondents: number; used: number }[] = await db.query(
    `SELECT w.wave, count(*)::int AS invited, count(a.id)::int AS respondents,
            count(a.id) FILTER (WHERE a.used = ANY($2))::int AS used
       FROM (${FOLLOW_UP_WAVES_SQL}) w
       LEFT JOIN follow_up_answers a ON a.enrolment_id = w.enrolment_id AND a.wave = w.wave
      WHERE w.opens_at <= $1
      GROUP BY w.wave`,
    [now, USED_ANSWERS],
  );
  return {
    waves: FOLLOW_UP_WAVES.map((wave: FollowUpWave) => {
      const row = rows.find((r) => r.wave === wave) ?? { invited: 0, respondents: 0, used: 0 };
      return {
        wave,
        invited: row.invited,
        respondents: row.respondents,
        used: row.used,
        usedShare: percent(row.used, row.respondents),
        responseRate: percent(row.respondents, row.invited),
      };
    }),
    definitions: [
      figureDefinition('follow_up_used_3m'),
      figureDefinition('follow_up_used_6m'),
      figureDefinition('follow_up_response_rate'),
    ],
  };
}
