import type { DataSource } from 'typeorm';

/*
 * The statements the throttled tables' repositories share (login failures, password reset and
 * registration requests): each table logs attempts by email and client address with a timestamp.
 */

/** Tables that log attempts by email and address with a timestamp, for throttling. */
export type AttemptTable = 'login_failures' | 'password_reset_requests' | 'registration_requests';

/**
 * Advisory-lock classes per table: one for the email, one for the client address. Taken always in
 * that order (email, then address), so two claims can never wait on each other in a cycle.
 */
const LOCK_CLASSES: Record<AttemptTable, [number, number]> = {
  login_failures: [1301, 1302],
  password_reset_requests: [1303, 1304],
  registration_requests: [1305, 1306],
};

export interface AttemptLimits {
  windowMinutes: number;
  maxPerAccount: number;
  maxPerAddress: number;
}

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

/**
 * Counts and records an attempt as one step: under a lock per email and per address, the attempt
 * is written only while both are below their limits. Parallel requests therefore queue for the
 * count instead of all reading the same old one. Returns the attempt's id, or null when refused.
 */
export async function claimAttempt(
  db: DataSource,
  table: AttemptTable,
  email: string,
  address: string,
  limits: AttemptLimits,
): Promise<string | null> {
  const [emailLock, addressLock] = LOCK_CLASSES[table];
  return db.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [emailLock, email]);
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [addressLock, address]);
    // A new statement after the locks: its snapshot sees every attempt committed before them.
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO ${table} (email, address)
       SELECT $1, $2
        WHERE (SELECT count(*) FROM ${table}
                WHERE email = $1 AND at > now() - make_interval(mins => $3)) < $4
          AND (SELECT count(*) FROM ${table}
                WHERE address = $2 AND at > now() - make_interval(mins => $3)) < $5
       RETURNING id`,
      [email, address, limits.windowMinutes, limits.maxPerAccount, limits.maxPerAddress],
    );
    return rows[0]?.id ?? null;
  });
}
