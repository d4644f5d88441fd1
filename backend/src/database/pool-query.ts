import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

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
  const pool = (db.driver as PostgresDriver).master as {
    query: (query: { text: string; values: unknown[]; name?: string }) => Promise<{ rows: T[] }>;
  };
  return (await pool.query({ text, values, name })).rows;
}
