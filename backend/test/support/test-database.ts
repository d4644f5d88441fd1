import { Client } from 'pg';

/** Where the integration run keeps what global setup started, for global teardown. */
export interface TestDatabaseState {
  url: string;
  adminUrl: string | null;
  name: string;
  stopEmbedded: (() => Promise<void>) | null;
  /** The embedded cluster's folder, removed after the run. */
  dataDir: string | null;
}

export function databaseUrlWithName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
