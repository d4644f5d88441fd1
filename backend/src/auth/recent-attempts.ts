import type { DataSource } from 'typeorm';

/** Tables that log attempts by email and address with a timestamp, for throttling. */
export type AttemptTable = 'login_failures' | 'password_reset_requests';

/** Attempts in the window for this email and from this address, in one round trip. */
export async function countRecentAttempts(
  db: DataSource,
  table: AttemptTable,
  email: string,
  address: string,
  windowMinutes: number,
): Promise<{ account: number; address: number }> {
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE email = $1)::int AS account,
            count(*) FILTER (WHERE address = $2)::int AS address
       FROM ${table}
      WHERE (email = $1 OR address = $2) AND at > now() - make_interval(mins => $3)`,
    [email, address, windowMinutes],
  );
  return { account: row.account, address: row.address };
}
