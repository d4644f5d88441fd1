import { createPrivateKey, type KeyObject } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Every setting the API reads, parsed and checked once at start-up. A wrong value stops the
 * process with a message naming the variable, rather than failing later on first use.
 */
export interface AppConfig {
  port: number;
  /** A PostgreSQL server; when absent an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  /** A request waits this long for a database connection, then is answered 503. */
  databaseConnectTimeoutSeconds: number;
  /** A statement running longer is cancelled (and its request answered 503). */
  databaseStatementTimeoutSeconds: number;
  /** On SIGTERM, requests in flight get this long to finish before the pool and queues close. */
  shutdownGraceSeconds: number;
  /** The training content folder, published at start-up. */
  contentDir: string;
  /** Where the built portal is; served at `/` when the folder exists. */
  portalDir: string;
  registrationOpen: boolean;
  sessionTtlHours: number;
  /** Mark the session cookie `Secure` (set behind HTTPS). */
  secureCookies: boolean;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
  /** NODE_ENV=production: demo data is refused, and so is signing in with the demo password. */
  production: boolean;
  /** Create the demo organisations and accounts (whose password is published) at start-up. */
  seedDemoData: boolean;
  /** The first administrator, created at start-up when no account uses this email. */
  firstAdmin: { email: string; fullName: string; password: string } | null;
  /** Trust `X-Forwarded-For` from this many proxies (0: use the socket address). */
  trustProxyHops: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** `json`: one JSON object a line, for a log collector. */
  logFormat: 'text' | 'json';
  /** Address people use to reach the portal; QR codes and calendar feeds link to it. */
  publicUrl: string;
  /** Minutes before a meeting starts and after it ends during which self check-in works. */
  checkInGraceMinutes: number;
  /** Redis for the job queue (bulk certificate issue); without it, jobs run in the API process. */
  redisUrl: string | null;
  /** Whether this API process also works the queue (set false when separate workers run). */
  runWorker: boolean;
  /** Whether this process schedules the reminders and digests (every five minutes). */
  runNotices: boolean;
  /** Certificate verifications allowed per client address per minute. */
  verifyRequestsPerMinute: number;
  /** Disaggregated report cells counting fewer people than this are shown as "< N". */
  reportMinCell: number;
  certificateIssuer: string;
  certificateSignatoryName: string;
  certificateSignatoryTitle: string;
  /** SMTP server mails go out through; without it mails are only kept in the outbox. */
  smtpUrl: string | null;
  /** Sender of every mail, as `Name <address>`. */
  mailFrom: string;
  /** Password-reset requests allowed per email and per client address within the login window. */
  passwordResetMaxPerAccount: number;
  passwordResetMaxPerAddress: number;
  /** Registrations allowed per email and per client address within the login window. */
  registrationMaxPerAccount: number;
  registrationMaxPerAddress: number;
  /** Ed25519 private key (PKCS#8 PEM) that signs Open Badge credentials; else one kept in the database. */
  credentialSigningKey: string | null;
  /** Passphrase the database-kept credential key is encrypted with (AES-256); else stored plain. */
  credentialKeyPassphrase: string | null;
  /** An external LRS the learning records (xAPI statements) are forwarded to; null: none leave. */
  xapiLrs: XapiLrsConfig | null;
}

export interface XapiLrsConfig {
  /** The LRS's xAPI endpoint, without a trailing slash; statements go to `${url}/statements`. */
  url: string;
  /** HTTP Basic credentials, or null when the LRS takes none. */
  username: string | null;
  password: string | null;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

function databaseUrl(env: Env): string | null {
  const raw = env['DATABASE_URL'];
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL must be a URL such as postgres://user:password@host:5432/atolye');
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://; got "${url.protocol}"`);
  }
  return raw;
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;
const LOG_FORMATS = ['text', 'json'] as const;

function redisUrl(env: Env): string | null {
  const raw = env['REDIS_URL'];
  if (!raw) return null;
  if (!/^rediss?:\/\//.test(raw))
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://; got "${raw}"`);
  return raw;
}

function smtpUrl(env: Env): string | null {
  const raw = env['SMTP_URL'];
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587');
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol))
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://; got "${url.protocol}"`);
  return raw;
}

/** `Name <address>` or a bare address, on one line. */
function mailFrom(env: Env): string {
  const raw = env['MAIL_FROM'] || 'Atölye <no-reply@atolye.example>';
  if (/[\r\n]/.test(raw) || !/^([^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(raw.trim()))
    throw new ConfigError(
      `MAIL_FROM must be an address such as "Atölye <no-reply@example.org>"; got "${raw}"`,
    );
  return raw.trim();
}

function publicUrl(env: Env): string {
  const raw = env['PUBLIC_URL'] || `http://localhost:${env['PORT'] || 3000}`;
  try {
    const url = new URL(raw);
    if (!['http:', 'https:'].includes(url.protocol)) throw new Error();
  } catch {
    throw new ConfigError(
      `PUBLIC_URL must be the portal's address such as https://atolye.example.org; got "${raw}"`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function credentialSigningKey(env: Env): string | null {
  const raw = env['CREDENTIAL_SIGNING_KEY']?.trim();
  if (!raw) return null;
  let key: KeyObject;
  try {
    key = createPrivateKey(raw.replace(/\\n/g, '\n'));
  } catch {
    throw new ConfigError('CREDENTIAL_SIGNING_KEY must be a PEM private key (-----BEGIN PRIVATE KEY-----)');
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new ConfigError(`CREDENTIAL_SIGNING_KEY must be an Ed25519 key; got ${key.asymmetricKeyType}`);
  return key.export({ format: 'pem', type: 'pkcs8' }).toString();
}

/** XAPI_LRS_URL with XAPI_LRS_USERNAME and XAPI_LRS_PASSWORD, which go together. */
function xapiLrs(env: Env): XapiLrsConfig | null {
  const raw = env['XAPI_LRS_URL'];
  const username = env['XAPI_LRS_USERNAME'] || null;
  const password = env['XAPI_LRS_PASSWORD'] || null;
  if (!raw) {
    if (username || password)
      throw new ConfigError('XAPI_LRS_USERNAME and XAPI_LRS_PASSWORD need XAPI_LRS_URL');
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
    if (!['http:', 'https:'].includes(url.protocol)) throw new Error();
  } catch {
    throw new ConfigError(
      `XAPI_LRS_URL must be the LRS's xAPI endpoint such as https://lrs.example.org/xapi; got "${raw}"`,
    );
  }
  if (url.username || url.password)
    throw new ConfigError(
      'XAPI_LRS_URL must not hold credentials: set XAPI_LRS_USERNAME and XAPI_LRS_PASSWORD',
    );
  if (Boolean(username) !== Boolean(password))
    throw new ConfigError('XAPI_LRS_USERNAME and XAPI_LRS_PASSWORD must be set together');
  return { url: raw.replace(/\/+$/, ''), username, password };
}

/** The password of every demo account, published in the README: never accepted in production. */
export const DEMO_PASSWORD = 'atolye-demo-2026';

export const ADMIN_PASSWORD_MIN_LENGTH = 10;

/** The reason a password cannot be an administrator's, or null when it can. */
export function adminPasswordProblem(password: string): string | null {
  if (password.length < ADMIN_PASSWORD_MIN_LENGTH)
    return `must be at least ${ADMIN_PASSWORD_MIN_LENGTH} characters long`;
  if (password.length > 200) return 'must be at most 200 characters long';
  if (password === DEMO_PASSWORD) return 'is the demo password printed in the README; choose another';
  return null;
}

function seedDemoData(env: Env, production: boolean, demoByDefault: boolean): boolean {
  const seed = flag(env, 'SEED_DEMO_DATA', demoByDefault);
  if (seed && production) {
    throw new ConfigError(
      `${env['SEED_DEMO_DATA'] ? 'SEED_DEMO_DATA=true' : '--demo'} creates accounts whose password is published in the README; it cannot be used with NODE_ENV=production`,
    );
  }
  return seed;
}

/** ADMIN_EMAIL, ADMIN_PASSWORD and ADMIN_NAME, which go together. */
function firstAdmin(env: Env): AppConfig['firstAdmin'] {
  const email = env['ADMIN_EMAIL']?.trim().toLowerCase();
  const password = env['ADMIN_PASSWORD'];
  if (!email && !password) return null;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new ConfigError(
      'ADMIN_EMAIL must be the first administrator’s email address when ADMIN_PASSWORD is set',
    );
  if (!password) throw new ConfigError('ADMIN_PASSWORD must be set with ADMIN_EMAIL');
  const problem = adminPasswordProblem(password);
  if (problem) throw new ConfigError(`ADMIN_PASSWORD ${problem}`);
  return { email, fullName: env['ADMIN_NAME']?.trim() || 'Administrator', password };
}

export interface LoadOptions {
  /** `npm start` (`main.js --demo`): seed the demo unless SEED_DEMO_DATA says otherwise. */
  demoByDefault?: boolean;
}

export function loadConfig(env: Env = process.env, options: LoadOptions = {}): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const logLevel = (env['LOG_LEVEL'] || 'log') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}"`);
  }
  const logFormat = (env['LOG_FORMAT'] || 'text') as AppConfig['logFormat'];
  if (!LOG_FORMATS.includes(logFormat)) {
    throw new ConfigError(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}; got "${logFormat}"`);
  }
  const dataDir = resolve(env['DATA_DIR'] || 'data');
  return {
    port: integer(env, 'PORT', 3000, 1, 65535),
    databaseUrl: databaseUrl(env),
    dataDir,
    embeddedPostgresPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    databaseConnectTimeoutSeconds: integer(env, 'DATABASE_CONNECT_TIMEOUT_SECONDS', 5, 1, 600),
    databaseStatementTimeoutSeconds: integer(env, 'DATABASE_STATEMENT_TIMEOUT_SECONDS', 30, 1, 3600),
    shutdownGraceSeconds: integer(env, 'SHUTDOWN_GRACE_SECONDS', 20, 0, 600),
    portalDir: resolve(env['PORTAL_DIR'] || 'dist/frontend/browser'),
    contentDir: resolve(env['CONTENT_DIR'] || 'content'),
    registrationOpen: flag(env, 'REGISTRATION_OPEN', true),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    secureCookies: flag(env, 'SECURE_COOKIES', false),
    loginMaxFailuresPerAccount: integer(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: integer(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 100000),
    loginWindowMinutes: integer(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    production,
    seedDemoData: seedDemoData(env, production, options.demoByDefault ?? false),
    firstAdmin: firstAdmin(env),
    trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    logLevel,
    logFormat,
    publicUrl: publicUrl(env),
    checkInGraceMinutes: integer(env, 'CHECK_IN_GRACE_MINUTES', 15, 0, 240),
    redisUrl: redisUrl(env),
    runWorker: flag(env, 'RUN_WORKER', true),
    runNotices: flag(env, 'RUN_NOTICES', true),
    verifyRequestsPerMinute: integer(env, 'VERIFY_REQUESTS_PER_MINUTE', 30, 1, 100000),
    reportMinCell: integer(env, 'REPORT_MIN_CELL', 5, 1, 1000),
    certificateIssuer: env['CERTIFICATE_ISSUER'] || 'Atölye Capacity-Building Programme',
    certificateSignatoryName: env['CERTIFICATE_SIGNATORY_NAME'] || 'Programme Coordinator',
    certificateSignatoryTitle:
      env['CERTIFICATE_SIGNATORY_TITLE'] || 'Training Programme Coordinator / Eğitim Programı Koordinatörü',
    smtpUrl: smtpUrl(env),
    mailFrom: mailFrom(env),
    passwordResetMaxPerAccount: integer(env, 'PASSWORD_RESET_MAX_PER_ACCOUNT', 3, 1, 1000),
    passwordResetMaxPerAddress: integer(env, 'PASSWORD_RESET_MAX_PER_ADDRESS', 20, 1, 100000),
    registrationMaxPerAccount: integer(env, 'REGISTRATION_MAX_PER_ACCOUNT', 3, 1, 1000),
    registrationMaxPerAddress: integer(env, 'REGISTRATION_MAX_PER_ADDRESS', 20, 1, 100000),
    credentialSigningKey: credentialSigningKey(env),
    credentialKeyPassphrase: env['CREDENTIAL_KEY_PASSPHRASE'] || null,
    xapiLrs: xapiLrs(env),
  };
}

/** Injection token for the loaded configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
