import { sql, type SQL } from 'drizzle-orm';
import { keysChangedIn0006, storedMatchKeys } from '../deals/match-keys.js';
import type { Db } from './database.js';
import { rowsOf } from './rows.js';

const BATCH = 5000;

/**
 * Writes `storedMatchKeys` into the rows of deals and accounts that `where` selects and `needs`
 * accepts. The keys are computed here, in TypeScript, because that is where every registration
 * computes them: one definition of a key. Returns how many rows it wrote.
 */
async function rewriteMatchKeys(
  db: Db,
  where: SQL,
  needs: (nameNorm: string) => boolean,
): Promise<number> {
  let updated = 0;
  for (const table of ['deals', 'accounts'] as const) {
    for (let after = ''; ;) {
      const result = await db.execute(sql`
        select id, name_norm from ${sql.identifier(table)}
        where id > ${after} and ${where} order by id limit ${BATCH}`);
      const rows = rowsOf<{ id: string; name_norm: string }>(result);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      const stale = rows.filter((row) => needs(row.name_norm));
      if (stale.length === 0) continue;
      await db.execute(sql`
        update ${sql.identifier(table)} t set match_keys = string_to_array(v.keys, ' ')
        from unnest(string_to_array(${stale.map((row) => row.id).join(',')}, ','),
                    string_to_array(${stale.map((row) => storedMatchKeys(row.name_norm).join(' ')).join(',')}, ','))
          as v(id, keys)
        where t.id = v.id`);
      updated += stale.length;
    }
  }
  return updated;
}

/** Gives the rows that existed before migration 0004 their match keys. */
export function backfillMatchKeys(db: Db): Promise<number> {
  return rewriteMatchKeys(db, sql`match_keys = '{}'`, () => true);
}

/** Rewrites the keys that migration 0006 changed (`keysChangedIn0006`) of rows written before it. */
export function backfillKeysChangedIn0006(db: Db): Promise<number> {
  return rewriteMatchKeys(db, sql`true`, keysChangedIn0006);
}
