// Starts the embedded PostgreSQL as `npm start` does, in a process of its own that a spec can
// kill: `node -r ts-node/register/transpile-only backend/test/support/embedded-starter.ts DIR PORT`.
// Prints "READY <url>" once the server answers; SIGTERM stops it the way the API does.
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const database = await startEmbeddedPostgres(dataDir, Number(port));
  process.stdout.write(`READY ${database.url}\n`);
  process.once('SIGTERM', () => void database.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
