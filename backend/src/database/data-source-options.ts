import type { DataSourceOptions } from 'typeorm';

/** How long a request may wait for the database before it is answered 503 instead of hanging. */
export interface DatabaseTimeouts {
  connectSeconds: number;
  statementSeconds: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectSeconds: 5, statementSeconds: 30 };

/** Options of node-postgres' pool and clients (TypeORM passes `extra` through to them). */
function poolTimeouts({ connectSeconds, statementSeconds }: DatabaseTimeouts): Record<string, unknown> {
  return {
    connectionTimeoutMillis: connectSeconds * 1000,
    // The server cancels a statement that runs this long…
    statement_timeout: statementSeconds * 1000,
    // …and the client stops waiting a little later, for a server that no longer answers at all (frozen, network gone).
    query_timeout: statementSeconds * 1000 + 2000,
    // A transaction left open by a stuck request must not hold its locks for ever.
    idle_in_transaction_session_timeout: statementSeconds * 2000,
    keepAlive: true,
  };
}

/**
 * `entities`: the list in src/entities.ts for the application (an empty list where only migrations run);
 * `migrations`: the list in src/migrations.ts. The database layer lists no feature's tables or
 * migrations itself. `timeouts: null` for work that may rightly take long, such as migrations over
 * large tables.
 */
export function dataSourceOptions(
  url: string,
  entities: NonNullable<DataSourceOptions['entities']>,
  migrations: NonNullable<DataSourceOptions['migrations']>,
  timeouts: DatabaseTimeouts | null = DEFAULT_DATABASE_TIMEOUTS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    // Schema changes only through the migrations above.
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 20, ...(timeouts ? poolTimeouts(timeouts) : {}) },
  };
}
