import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/**
 * PostgreSQL advisory lock keys, one per kind of start-up work that two instances must not do at
 * the same time. When both are taken, `startup` is taken first.
 */
export const ADVISORY_LOCKS = {
  /** Applying migrations (two at once collide in PostgreSQL's catalogue). */
  migrations: 7_346_001,
  /** Publishing content, creating the first administrator and seeding demo data. */
  startup: 7_346_002,
  /** Creating the Open Badge issuer key, once, on first start. */
  credentialKey: 7_346_003,
} as const;

/**
 * Runs `work` while holding a session-level advisory lock on a connection of its own (without
 * the request timeouts: another instance may rightly hold it for minutes). The lock goes with
 * the connection, so an instance that dies while holding it does not block the others.
 */
export async function withAdvisoryLock<T>(
  databaseUrl: string,
  key: number,
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ locked }] = (
      await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key])
    ).rows;
    if (!locked) {
      new Logger('Start-up').log(`Waiting for another instance to finish ${what}`);
      await client.query('SELECT pg_advisory_lock($1)', [key]);
    }
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await client.end();
  }
}
