import type { DataSource } from 'typeorm';
import type { AdminHome } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';

/**
 * Mails failed in the last 7 days, and accounts locked now by failed sign-ins: `$2` failures or
 * more within the last `$1` minutes (the sign-in throttle's rule), locked until the window has
 * passed over the last failure that reached the limit.
 */
const SQL = `
SELECT
  (SELECT count(*)::int FROM mail_outbox WHERE status = 'failed' AND created_at > now() - interval '7 days') AS failed_mails,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."lockedUntil" DESC), '[]') FROM (
     SELECT p.id AS "personId", p.full_name AS "fullName", p.email,
            (SELECT f.at FROM login_failures f WHERE f.email = p.email AND f.at > now() - make_interval(mins => $1)
              ORDER BY f.at DESC OFFSET $2 - 1 LIMIT 1) + make_interval(mins => $1) AS "lockedUntil"
       FROM people p
      WHERE p.email IN (SELECT email FROM login_failures WHERE at > now() - make_interval(mins => $1)
                         GROUP BY email HAVING count(*) >= $2)
  ) x) AS locked_accounts`;

export async function adminHome(
  db: DataSource,
  windowMinutes: number,
  maxFailures: number,
): Promise<AdminHome> {
  const [row] = await poolQuery<Record<string, never>>(db, SQL, [windowMinutes, maxFailures], 'home-admin');
  return { failedMails: row['failed_mails'], lockedAccounts: row['locked_accounts'] };
}
