import { fileURLToPath } from 'node:url';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import {
  backfillKeysChangedIn0006,
  backfillMatchKeys,
  renormalizeNames,
} from './backfill-names.js';
import type { Database } from './database.js';
import { rowsOf } from './rows.js';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
/** Any constant: it only has to be the same in every API process. */
const MIGRATION_LOCK = 7_311_902;

/** Migrations before this many had no match keys (0004_match_keys). */
const MIGRATIONS_WITHOUT_MATCH_KEYS = 4;
/** Migrations before this many stored keys that 0006_near_duplicate_names changed. */
const MIGRATIONS_BEFORE_KEYS_OF_0006 = 6;
/** Migrations before this many normalised names as 0009_renormalized_legal_forms no longer does. */
const MIGRATIONS_BEFORE_NAMES_OF_0009 = 9;

async function appliedMigrations(database: Database): Promise<number> {
  const first = (query: unknown) => rowsOf<Record<string, unknown>>(query)[0]!;
  const table = first(
    await database.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') as name`),
  );
  if (table.name === null) return 0;
  const count = first(
    await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
  );
  return count.n as number;
}

/** Rows written before a migration that needs data computed in TypeScript get it here. */
async function migrateData(database: Database, appliedBefore: number): Promise<void> {
  if (appliedBefore === 0) return;
  if (appliedBefore <= MIGRATIONS_WITHOUT_MATCH_KEYS) await backfillMatchKeys(database.db);
  if (appliedBefore <= MIGRATIONS_BEFORE_KEYS_OF_0006) {
    await backfillKeysChangedIn0006(database.db);
  }
  if (appliedBefore <= MIGRATIONS_BEFORE_NAMES_OF_0009) await renormalizeNames(database.db);
}

/** Applies the drizzle migrations; safe when several API processes start at once. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    const before = await appliedMigrations(database);
    await migratePglite(drizzlePglite({ client: database.client }), { migrationsFolder });
    await migrateData(database, before);
    return;
  }
  const client = await database.client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const before = await appliedMigrations(database);
    await migrateNodePostgres(drizzleNodePostgres({ client }), { migrationsFolder });
    await migrateData(database, before);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
