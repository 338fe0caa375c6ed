import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { ACTIVE_STATUS_LIST } from '../src/deals/deals.table.js';

/**
 * Runs `work` with the naive baseline's GIN trigram index over active deals. The API has no such
 * index (its check goes through the match keys); it exists only while the baseline is measured,
 * so that it slows neither our check nor the POST load that follows.
 */
export async function withNaiveIndex<T>(database: Database, work: () => Promise<T>): Promise<T> {
  await database.db.execute(sql`
    create index bench_naive_name_trgm on deals using gin (name_norm gin_trgm_ops)
    where status in ${ACTIVE_STATUS_LIST}`);
  await database.db.execute(sql`analyze deals`);
  try {
    return await work();
  } finally {
    await database.db.execute(sql`drop index bench_naive_name_trgm`);
  }
}
