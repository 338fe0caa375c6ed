import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import { newId } from '../db/ids.js';
import { webhookDeliveries, webhookEndpoints } from '../webhooks/webhooks.table.js';
import { LIVE_CHANNEL } from './channels.js';
import { outboxEvents } from './outbox.table.js';

/** Any constant: only one dispatcher in the whole cluster works at a time. */
const DISPATCH_LOCK = 7_311_903;

/**
 * Moves one batch of outbox events on, in one transaction: a delivery row per matching webhook
 * endpoint (unique per endpoint and event, so a repeat is harmless), a `stream_seq` for the
 * live streams, and a NOTIFY to every API process's live hub. Returns how many it took; 0
 * also when another process holds the dispatcher lock.
 */
export async function dispatchOutbox(db: Db, now: Date, batchSize = 200): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ ok: boolean }>(
      await tx.execute(sql`select pg_try_advisory_xact_lock(${DISPATCH_LOCK}) as ok`),
    );
    if (!lock?.ok) return 0;
    const events = await tx
      .select({
        id: outboxEvents.id,
        tenantId: outboxEvents.tenantId,
        partnerId: outboxEvents.partnerId,
        type: outboxEvents.type,
      })
      .from(outboxEvents)
      .where(isNull(outboxEvents.dispatchedAt))
      .orderBy(asc(outboxEvents.seq))
      .limit(batchSize);
    if (!events.length) return 0;

    const tenantIds = [...new Set(events.map((event) => event.tenantId))];
    const endpoints = await tx
      .select({
        id: webhookEndpoints.id,
        tenantId: webhookEndpoints.tenantId,
        eventTypes: webhookEndpoints.eventTypes,
      })
      .from(webhookEndpoints)
      .where(inArray(webhookEndpoints.tenantId, tenantIds));
    const deliveries = events.flatMap((event) =>
      endpoints
        .filter(
          (endpoint) =>
            endpoint.tenantId === event.tenantId &&
            (endpoint.eventTypes.includes('*') || endpoint.eventTypes.includes(event.type)),
        )
        .map((endpoint) => ({
          id: newId('whd'),
          tenantId: event.tenantId,
          endpointId: endpoint.id,
          eventId: event.id,
          eventType: event.type,
          createdAt: now,
        })),
    );
    if (deliveries.length) {
      await tx.insert(webhookDeliveries).values(deliveries).onConflictDoNothing();
    }

    const [top] = rowsOf<{ top: string | number }>(
      await tx.execute(sql`select coalesce(max(stream_seq), 0)::bigint as top from outbox_events`),
    );
    const base = Number(top?.top ?? 0);
    const numbered = sql.join(
      events.map((event, index) => sql`(${event.id}, ${base + index + 1}::bigint)`),
      sql`, `,
    );
    await tx.execute(sql`
      update outbox_events set stream_seq = v.seq, dispatched_at = ${now}
      from (values ${numbered}) as v(id, seq)
      where outbox_events.id = v.id`);

    for (const tenantId of tenantIds) {
      const partnerIds = [
        ...new Set(events.filter((e) => e.tenantId === tenantId).map((e) => e.partnerId)),
      ];
      await tx.execute(
        sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ tenantId, partnerIds })})`,
      );
    }
    return events.length;
  });
}

/** Deliveries whose current generation has no queue job yet (new ones, redeliveries). */
export async function deliveriesToQueue(db: Db, limit = 200) {
  return db
    .select({ id: webhookDeliveries.id, generation: webhookDeliveries.generation })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        sql`${webhookDeliveries.queuedGeneration} < ${webhookDeliveries.generation}`,
      ),
    )
    .orderBy(asc(webhookDeliveries.createdAt))
    .limit(limit);
}

export async function markQueued(db: Db, id: string, generation: number): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ queuedGeneration: generation })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.generation, generation)));
}
