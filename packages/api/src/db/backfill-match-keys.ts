import { sql } from 'drizzle-orm';
import { storedMatchKeys } from '../deals/match-keys.js';
import type { Db } from './database.js';
import { rowsOf } from './rows.js';

const BATCH = 5000;

/**
 * Gives the rows that existed before migration 0004 their match keys. They are computed here, in
 * TypeScript, because that is where every registration computes them: one definition of a key.
 */
export async function backfillMatchKeys(db: Db): Promise<number> {
  let updated = 0;
  for (const table of ['deals', 'accounts'] as const) {
    for (let after = ''; ;) {
      const result = await db.execute(sql`
        select id, name_norm from ${sql.identifier(table)}
        where id > ${after} and match_keys = '{}' order by id limit ${BATCH}`);
      const rows = rowsOf<{ id: string; name_norm: string }>(result);
      if (rows.length === 0) break;
      await db.execute(sql`
        update ${sql.identifier(table)} t set match_keys = string_to_array(v.keys, ' ')
        from unnest(string_to_array(${rows.map((row) => row.id).join(',')}, ','),
                    string_to_array(${rows.map((row) => storedMatchKeys(row.name_norm).join(' ')).join(',')}, ','))
          as v(id, keys)
        where t.id = v.id`);
      updated += rows.length;
      after = rows[rows.length - 1]!.id;
    }
  }
  return updated;
}
