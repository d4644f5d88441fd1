import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ENTITIES } from '../audit/audit.entities';
import { ACCESS_ENTITIES } from '../access/access.entities';
import { AuthSessionRepository } from '../access/auth-session.repository';
import { LoginFailureRepository } from '../access/login-failure.repository';
import { PasswordChanges } from '../access/password-changes';
import { PasswordHasher } from '../access/password-hasher';
import { PasswordResetRepository } from '../access/password-reset.repository';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { runMigrations } from '../database/migrate';
import { MIGRATIONS } from '../migrations';
import { ORGANISATIONS_ENTITIES } from '../organisations/organisations.entities';
import { AdminAccounts, type AdminFields } from '../people/admin-accounts.service';
import { PEOPLE_ENTITIES } from '../people/people.entities';
import { PeopleRepository } from '../people/people.repository';
import { PersonEntity } from '../people/person.entity';

const USAGE =
  'Usage: npm run admin:create -- --email admin@example.org --name "Full Name"  (password from ADMIN_PASSWORD, or asked for)';

/** `--email` and `--name` from the command line. */
export function parseAdminArguments(argv: string[]): Omit<AdminFields, 'password'> {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1]?.trim() : undefined;
  };
  const email = value('--email')?.toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new ConfigError(`--email is missing or not an address. ${USAGE}`);
  return { email, fullName: value('--name') || 'Administrator' };
}

/** The tables the administrator service reads through entities, with those their relations name. */
const ADMIN_COMMAND_ENTITIES = [
  ...ORGANISATIONS_ENTITIES,
  ...PEOPLE_ENTITIES,
  ...ACCESS_ENTITIES,
  ...AUDIT_ENTITIES,
];

/** The administrator service on a plain connection: the command starts no queue, mail or HTTP. */
export function adminAccountsOn(db: DataSource): AdminAccounts {
  return new AdminAccounts(
    db,
    new PeopleRepository(db.getRepository(PersonEntity)),
    new PasswordHasher(),
    new PasswordChanges(
      new PasswordResetRepository(db),
      new LoginFailureRepository(db),
      new AuthSessionRepository(db),
    ),
    new AuditService(db),
  );
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const finish = (error?: Error) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new ConfigError('Cancelled'));
        value = character === '\u007f' || character === '\b' ? value.slice(0, -1) : value + character;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of piped input (`echo "$PASSWORD" | npm run admin:create -- …`). */
async function firstLineOfInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

async function password(): Promise<string> {
  if (process.env['ADMIN_PASSWORD']) return process.env['ADMIN_PASSWORD'];
  if (!process.stdin.isTTY) return firstLineOfInput();
  const first = await askHidden('Password for the administrator: ');
  if ((await askHidden('The same password again: ')) !== first) throw new ConfigError('The passwords differ');
  return first;
}

/**
 * `npm run admin:create -- --email … --name …`: creates an administrator, or makes the account of
 * that email an enabled administrator with a new password, on DATABASE_URL or the embedded database.
 */
async function main(): Promise<void> {
  const logger = new Logger('Administrators');
  // The password is the command's own input here, not the start-up's first administrator.
  const config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  const fields = parseAdminArguments(process.argv.slice(2));
  const secret = await password();
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  const db = new DataSource(
    dataSourceOptions(config.databaseUrl ?? (embedded?.url as string), ADMIN_COMMAND_ENTITIES, MIGRATIONS),
  );
  await db.initialize();
  try {
    await runMigrations(db);
    const outcome = await adminAccountsOn(db).createOrRestore({ ...fields, password: secret });
    logger.log(
      outcome === 'created'
        ? `Administrator ${fields.email} created; sign in with the password given.`
        : `${fields.email} is an enabled administrator again, with the password given; its sessions and reset links ended.`,
    );
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    new Logger('Administrators').error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
