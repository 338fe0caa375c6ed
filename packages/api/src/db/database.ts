import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { PreparedStatementsPglite } from './pglite-statements.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The drizzle API both drivers share: services are written once against it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

interface DatabaseBase {
  db: Db;
  close(): Promise<void>;
}
export interface PgliteDatabase extends DatabaseBase {
  kind: 'pglite';
  client: PGlite;
}
export interface PostgresDatabase extends DatabaseBase {
  kind: 'postgres';
  client: pg.Pool;
}
export type Database = PgliteDatabase | PostgresDatabase;

export interface DatabaseOptions {
  /** `postgres://…` for a PostgreSQL server; absent for the embedded PGlite. */
  url?: string;
  /** PGlite's folder (default `$DATA_DIR` or `./.partnerkit-data`); `memory://` keeps it in memory. */
  dataDir?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export const DEFAULT_DATA_DIR = './.partnerkit-data';

export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR);
}

/**
 * No parallel workers for the API's statements: each is small, and a worker process costs more to
 * start than it saves. The duplicate check's plan, costed on its broadest keys, took two workers at
 * a million deals: 26 ms a check instead of 2 (BENCHMARKS.md).
 */
const SESSION_OPTIONS = '-c max_parallel_workers_per_gather=0';

function openPostgres(url: string, max: number): PostgresDatabase {
  const pool = new pg.Pool({ connectionString: url, max, options: SESSION_OPTIONS });
  // An idle client losing its server must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error('postgres pool error:', error.message));
  return {
    kind: 'postgres',
    client: pool,
    db: drizzleNodePostgres({ client: pool, schema }) as unknown as Db,
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<PgliteDatabase> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  const client = await PGlite.create(inMemory ? dataDir : resolve(dataDir), {
    extensions: { pg_trgm, fuzzystrmatch },
  });
  return {
    kind: 'pglite',
    client,
    // drizzle types its client as PGlite; it calls only what PgliteQueryClient declares.
    db: drizzlePglite({
      client: new PreparedStatementsPglite(client) as unknown as PGlite,
      schema,
    }) as unknown as Db,
    close: () => client.close(),
  };
}
