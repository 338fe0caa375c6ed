import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '../src/db/database.js';
import { createThrowawayDatabase, serverVersion } from '../test/support/throwaway-database.js';
import type { BackendChoice } from './args.js';

export interface BenchDatabase {
  database: Database;
  /** Where it lives, for the report. */
  where: string;
  dispose(): Promise<void>;
}

/** PGlite on disk in a temporary folder, as `serve` runs it by default. */
async function openPglite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'partnerkit-bench-'));
  const database = await createDatabase({ dataDir: join(dir, 'data') });
  return {
    database,
    where: 'PGlite 0.5 (PostgreSQL 18) on disk, in process',
    async dispose() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throwaway database on the server, dropped afterwards. */
async function openPostgres(adminUrl: string): Promise<BenchDatabase> {
  const throwaway = await createThrowawayDatabase(adminUrl, 'partnerkit_bench');
  const version = await serverVersion(adminUrl);
  const database = await createDatabase({ url: throwaway.url, poolSize: 10 });
  return {
    database,
    where: `PostgreSQL ${version.split(' ')[0]} on 127.0.0.1 (pool of 10)`,
    async dispose() {
      await database.close();
      await throwaway.drop();
    },
  };
}

export function openBenchDatabase(kind: BackendChoice, postgresUrl: string) {
  return kind === 'pglite' ? openPglite() : openPostgres(postgresUrl);
}
