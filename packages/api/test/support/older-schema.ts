import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe } from 'vitest';
import { createDatabase, type Database } from '../../src/db/database.js';
import { withPostgres } from './backends.js';
import { createThrowawayDatabase } from './throwaway-database.js';

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Applies only the migrations numbered below `idx`, as a database written by an older release
 * holds them, so a test can write its rows there and then run today's `migrate`.
 */
export async function migrateBefore(database: Database, idx: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), `partnerkit-before-${idx}-`));
  try {
    const folder = join(root, 'drizzle');
    cpSync(MIGRATIONS, folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
    journal.entries = journal.entries.filter((entry) => entry.idx < idx);
    writeFileSync(journalPath, JSON.stringify(journal));
    if (database.kind === 'pglite') {
      await migratePglite(drizzlePglite({ client: database.client }), { migrationsFolder: folder });
    } else {
      await migrateNodePostgres(drizzleNodePostgres({ client: database.client }), {
        migrationsFolder: folder,
      });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Opens a new database of the suite's kind with no tables; the suite drops it afterwards. */
export type OpenEmptyDatabase = () => Promise<Database>;

function suite(
  name: string,
  kind: Database['kind'],
  open: () => Promise<{ database: Database; drop(): Promise<void> }>,
  body: (openEmpty: OpenEmptyDatabase) => void,
) {
  describe(`${name} [${kind}]`, () => {
    const drops: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const drop of drops.reverse()) await drop();
    });
    body(async () => {
      const { database, drop } = await open();
      drops.push(drop);
      return database;
    });
  });
}

/**
 * Runs `body` on PGlite and on the PostgreSQL server at `TEST_DATABASE_URL`, like
 * `describeBackends`, but with empty databases that a test migrates itself (`migrateBefore`).
 */
export function describeEmptyDatabases(
  name: string,
  body: (openEmpty: OpenEmptyDatabase) => void,
): void {
  suite(
    name,
    'pglite',
    async () => {
      const database = await createDatabase({ dataDir: 'memory://' });
      return { database, drop: () => database.close() };
    },
    body,
  );
  withPostgres(name, (adminUrl) =>
    suite(
      name,
      'postgres',
      async () => {
        const throwaway = await createThrowawayDatabase(adminUrl, 'partnerkit_m');
        const database = await createDatabase({ url: throwaway.url, poolSize: 2 });
        return {
          database,
          async drop() {
            await database.close();
            await throwaway.drop();
          },
        };
      },
      body,
    ),
  );
}
