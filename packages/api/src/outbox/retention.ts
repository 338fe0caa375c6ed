import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { rowsOf } from '../db/rows.js';

/** How long a told event, its webhook deliveries and their log stay readable, unless configured. */
export const DEFAULT_EVENT_RETENTION_DAYS = 30;

/**
 * Deletes outbox events dispatched before `before`, and with them (by cascade) their webhook
 * deliveries and attempt log: otherwise the outbox grows by two rows a registration for ever.
 * Kept whatever their age:
 * - events not dispatched yet;
 * - events with a delivery still being retried;
 * - the newest dispatched event, as the next `stream_seq` is counted from it: without it the
 *   live streams would number from 1 again, below every `Last-Event-ID` their clients hold.
 * Works in batches of `batchSize` (one short transaction each) and returns how many it deleted.
 * `stream_seq` grows with `dispatched_at`, so the batches walk its unique index from the oldest.
 */
export async function pruneOutbox(db: Db, before: Date, batchSize = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = rowsOf<{ gone: number }>(
      await db.execute(sql`
      with doomed as (
        select o.id from outbox_events o
        where o.stream_seq < (select max(stream_seq) from outbox_events)
          and o.dispatched_at < ${before.toISOString()}::timestamptz
          and not exists (
            select 1 from webhook_deliveries d where d.event_id = o.id and d.status = 'pending')
        order by o.stream_seq
        limit ${batchSize}
      )
      delete from outbox_events where id in (select id from doomed)
      returning 1 as gone`),
    ).length;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
