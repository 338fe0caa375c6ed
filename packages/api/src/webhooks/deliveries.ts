import type { Page, PageQuery, WebhookDelivery } from '@partnerkit/contracts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { afterCursor, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { OUTBOX_CHANNEL } from '../outbox/channels.js';
import { toWebhookDelivery } from './serialize.js';
import { webhookAttempts, webhookDeliveries, type WebhookAttemptRow } from './webhooks.table.js';

async function attemptsOf(db: Db, deliveryIds: string[]) {
  const byDelivery = new Map<string, WebhookAttemptRow[]>();
  if (!deliveryIds.length) return byDelivery;
  const rows = await db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveryIds))
    .orderBy(asc(webhookAttempts.attempt));
  for (const row of rows) {
    byDelivery.set(row.deliveryId, [...(byDelivery.get(row.deliveryId) ?? []), row]);
  }
  return byDelivery;
}

/** The endpoint's delivery log, newest first, each delivery with its attempts. */
export async function listDeliveries(
  db: Db,
  tenantId: string,
  endpointId: string,
  query: PageQuery,
): Promise<Page<WebhookDelivery>> {
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.endpointId, endpointId),
        afterCursor(webhookDeliveries, query.cursor),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(query.limit + 1);
  const attempts = await attemptsOf(
    db,
    rows.slice(0, query.limit).map((row) => row.id),
  );
  return toPage(rows, query.limit, (row) => toWebhookDelivery(row, attempts.get(row.id) ?? []));
}

/**
 * Sends the event to the endpoint again, with a fresh round of retries, whatever became of
 * the earlier ones. The dispatcher queues the job; the NOTIFY only makes it do so at once.
 */
export async function redeliver(
  db: Db,
  tenantId: string,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({
        status: 'pending',
        deliveredAt: null,
        generation: sql`${webhookDeliveries.generation} + 1`,
      })
      .where(
        and(
          eq(webhookDeliveries.tenantId, tenantId),
          eq(webhookDeliveries.endpointId, endpointId),
          eq(webhookDeliveries.id, deliveryId),
        ),
      )
      .returning();
    if (updated) await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
    return updated;
  });
  if (!row) throw new ProblemError('not_found', { detail: 'No such delivery' });
  const attempts = await attemptsOf(db, [row.id]);
  return toWebhookDelivery(row, attempts.get(row.id) ?? []);
}
