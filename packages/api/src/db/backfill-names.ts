import { sql, type SQL } from 'drizzle-orm';
import { ACTIVE_STATUS_LIST } from '../deals/deals.table.js';
import { keysChangedIn0006, storedMatchKeys } from '../deals/match-keys.js';
import { normalizeCompanyName } from '../deals/normalize.js';
import type { Db } from './database.js';
import { rowsOf } from './rows.js';

const BATCH = 5000;

interface NamedRow {
  id: string;
  tenant_id: string;
  name: string;
  name_norm: string;
  /** An active deal, which holds its name_norm alone in the tenant (deals_active_name_uq). */
  exclusive: boolean;
}

const TABLES = [
  {
    table: 'deals',
    name: sql`company_name`,
    exclusive: sql`status in ${ACTIVE_STATUS_LIST}`,
    free: sql`(t.status not in ${ACTIVE_STATUS_LIST} or t.name_norm = v.name_norm or not exists (
      select 1 from deals o
      where o.tenant_id = t.tenant_id and o.name_norm = v.name_norm and o.id <> t.id
        and o.status in ${ACTIVE_STATUS_LIST}))`,
  },
  { table: 'accounts', name: sql`name`, exclusive: sql`false`, free: sql`true` },
] as const;

/**
 * Writes a name_norm and its `storedMatchKeys` into the rows of deals and accounts that `where`
 * selects and `next` gives one for (undefined leaves the row). Both are computed here, in
 * TypeScript, because that is where every registration computes them: one definition of each.
 * An active deal whose new name_norm another active deal of its tenant already holds keeps its
 * own: the exclusivity index allows one, and the duplicate check still finds the pair by keys.
 * Returns how many rows it wrote.
 */
async function rewriteNames(
  db: Db,
  where: SQL,
  next: (row: NamedRow) => string | undefined,
): Promise<number> {
  let updated = 0;
  for (const { table, name, exclusive, free } of TABLES) {
    for (let after = ''; ;) {
      const result = await db.execute(sql`
        select id, tenant_id, ${name} as name, name_norm, ${exclusive} as exclusive
        from ${sql.identifier(table)}
        where id > ${after} and ${where} order by id limit ${BATCH}`);
      const rows = rowsOf<NamedRow>(result);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      const held = new Set<string>();
      const writes: { id: string; nameNorm: string }[] = [];
      for (const row of rows) {
        const nameNorm = next(row);
        if (nameNorm === undefined) continue;
        if (row.exclusive) {
          const claim = `${row.tenant_id}\u0000${nameNorm}`;
          if (held.has(claim)) continue;
          held.add(claim);
        }
        writes.push({ id: row.id, nameNorm });
      }
      if (writes.length === 0) continue;
      // Normalised names hold letters, digits and single spaces, keys neither spaces nor commas.
      const written = await db.execute(sql`
        update ${sql.identifier(table)} t
        set name_norm = v.name_norm, match_keys = string_to_array(v.keys, ' ')
        from unnest(string_to_array(${writes.map((write) => write.id).join(',')}, ','),
                    string_to_array(${writes.map((write) => write.nameNorm).join(',')}, ','),
                    string_to_array(${writes.map((write) => storedMatchKeys(write.nameNorm).join(' ')).join(',')}, ','))
          as v(id, name_norm, keys)
        where t.id = v.id and ${free}
        returning t.id`);
      updated += rowsOf(written).length;
    }
  }
  return updated;
}

/** Gives the rows that existed before migration 0004 their match keys. */
export function backfillMatchKeys(db: Db): Promise<number> {
  return rewriteNames(db, sql`match_keys = '{}'`, (row) => row.name_norm);
}

/** Rewrites the keys that migration 0006 changed (`keysChangedIn0006`) of rows written before it. */
export function backfillKeysChangedIn0006(db: Db): Promise<number> {
  return rewriteNames(db, sql`true`, (row) =>
    keysChangedIn0006(row.name_norm) ? row.name_norm : undefined,
  );
}

/**
 * Normalises again, with their keys, the names of rows written before migration 0009, whose
 * normalisation strips more legal forms.
 */
export function renormalizeNames(db: Db): Promise<number> {
  return rewriteNames(db, sql`true`, (row) => {
    const nameNorm = normalizeCompanyName(row.name);
    return nameNorm === row.name_norm ? undefined : nameNorm;
  });
}
