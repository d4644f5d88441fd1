import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PooledClient {
  query: (query: { text: string; values: unknown[]; name?: string }) => Promise<{ rows: unknown[] }>;
}

/**
 * A read straight on the connection pool, for the few queries on every request's path: it skips
 * the query runner TypeORM sets up and tears down around each `query()` call.
 *
 * With a `name`, the statement is prepared once per pooled connection and PostgreSQL skips
 * parsing and planning it on every later call; give a name only to fixed SQL text, never to text
 * built from input.
 */
export async function poolQuery<T>(
  db: DataSource,
  text: string,
  values: unknown[],
  name?: string,
): Promise<T[]> {
  const [client, release] = (await (db.driver as PostgresDriver).obtainMasterConnection()) as [
    PooledClient,
    (error?: unknown) => void,
  ];
  try {
    const { rows } = await client.query({ text, values, name });
    release();
    return rows as T[];
  } catch (error) {
    // As node-postgres' own pool.query does: a connection that failed a query is not handed out again.
    release(error);
    throw error;
  }
}
