import { Logger } from '@nestjs/common';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Which process started the embedded PostgreSQL of a data folder; written beside its cluster. */
const OWNER_FILE = 'embedded-postgres.owner';

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the `postgres` user when run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster PostgreSQL recorded for this cluster, if that process still runs. */
function runningPostmaster(clusterDir: string): number | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, dataDirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!isAlive(pid) || resolve(dataDirLine ?? '') !== resolve(clusterDir)) return null;
  // On Linux, make sure the number was not handed to an unrelated process since.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, 'utf8').includes('postgres')) return null;
  return pid;
}

function ownerOf(dataDir: string): number | null {
  const file = join(dataDir, OWNER_FILE);
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null;
}

export function recordOwner(dataDir: string): void {
  writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

/**
 * A PostgreSQL still running on our cluster while the process that started it is gone (the API
 * was killed with SIGKILL, which leaves its child running) would make the next start fail on the
 * cluster's lock. Stop it with a fast shutdown, which rolls back open transactions and keeps
 * everything committed. A cluster whose starter still runs belongs to another instance: refuse.
 */
export async function stopStalePostmaster(dataDir: string, clusterDir: string): Promise<void> {
  const pid = runningPostmaster(clusterDir);
  if (pid === null) return;
  const owner = ownerOf(dataDir);
  if (owner !== null && owner !== process.pid && isAlive(owner))
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} belongs to another running Atölye (process ${owner}). ` +
        'Stop it first, or give this one its own DATA_DIR and EMBEDDED_PG_PORT.',
    );
  const logger = new Logger('EmbeddedPostgres');
  logger.warn(`An embedded PostgreSQL (process ${pid}) was left running by a stopped process; stopping it`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 60_000)
      throw new Error(`The PostgreSQL left running (process ${pid}) did not stop within a minute`);
    await sleep(100);
  }
}
