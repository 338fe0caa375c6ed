import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { rowsOf } from '../../src/db/rows.js';
import { withPostgres } from '../support/backends.js';
import { createThrowawayDatabase } from '../support/throwaway-database.js';

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** The migrations folder as it was before 0010 (the journal cut after 0009). */
function migrationsBefore0010(): { folder: string; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'partnerkit-0009-'));
  const folder = join(root, 'drizzle');
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < 10);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

async function migrateTo0009(database: Database, folder: string) {
  if (database.kind === 'pglite') {
    await migratePglite(drizzlePglite({ client: database.client }), { migrationsFolder: folder });
  } else {
    await migrateNodePostgres(drizzleNodePostgres({ client: database.client }), {
      migrationsFolder: folder,
    });
  }
}

function suite(kind: string, open: () => Promise<{ database: Database; drop(): Promise<void> }>) {
  describe(`migration 0010 (MDF, outbox subjects) [${kind}]`, () => {
    const cleanups: (() => Promise<void> | void)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('keeps the outbox rows written before it valid, and then takes either subject', async () => {
      const before = migrationsBefore0010();
      cleanups.push(before.dispose);
      const { database, drop } = await open();
      cleanups.push(drop);
      await migrateTo0009(database, before.folder);
      const { db } = database;
      await db.execute(sql`
        insert into outbox_events (id, tenant_id, partner_id, deal_id, type, payload, created_at)
        values ('evt_old', 'ten_1', 'par_1', 'deal_1', 'deal.submitted', '{"deal":{},"event":null}', now())`);

      await migrate(database);

      const [old] = rowsOf<{ deal_id: string | null; mdf_request_id: string | null }>(
        await db.execute(
          sql`select deal_id, mdf_request_id from outbox_events where id = 'evt_old'`,
        ),
      );
      expect(old).toEqual({ deal_id: 'deal_1', mdf_request_id: null });
      await db.execute(sql`
        insert into outbox_events (id, tenant_id, partner_id, mdf_request_id, type, payload, created_at)
        values ('evt_mdf', 'ten_1', 'par_1', 'mdfr_1', 'mdf_request.submitted', '{}', now())`);
      for (const [deal, request] of [
        [null, null],
        ['deal_2', 'mdfr_2'],
      ]) {
        const failure = await db
          .execute(
            sql`
            insert into outbox_events (id, tenant_id, partner_id, deal_id, mdf_request_id, type, payload, created_at)
            values (${`evt_${String(deal)}`}, 'ten_1', 'par_1', ${deal}, ${request}, 'deal.submitted', '{}', now())`,
          )
          .then(
            () => null,
            (error: Error) => error,
          );
        expect(String((failure?.cause as Error | undefined)?.message ?? failure)).toMatch(
          /outbox_events_one_subject_check/,
        );
      }
    }, 60_000);
  });
}

suite('pglite', async () => ({
  database: await createDatabase({ dataDir: 'memory://' }),
  async drop() {},
}));
withPostgres('migration 0010 (MDF, outbox subjects)', (adminUrl) =>
  suite('postgres', async () => {
    const throwaway = await createThrowawayDatabase(adminUrl, 'partnerkit_m');
    const database = await createDatabase({ url: throwaway.url, poolSize: 2 });
    return {
      database,
      async drop() {
        await database.close();
        await throwaway.drop();
      },
    };
  }),
);
