import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A read straight on the connection pool, for the few queries on every request's path: it skips
 * the query runner TypeORM sets up and tears down around each `query()` call.
 */
export async function poolQuery<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as {
    query: (text: string, values: unknown[]) => Promise<{ rows: T[] }>;
  };
  return (await pool.query(text, values)).rows;
}
