import type { Deal, DealEvent, DealNotificationType } from '@partnerkit/contracts';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { OUTBOX_CHANNEL } from './channels.js';
import { outboxEvents, type OutboxEventRow } from './outbox.table.js';

export interface OutboxEventInput {
  tenantId: string;
  type: DealNotificationType;
  deal: Deal;
  event: DealEvent | null;
  at: Date;
}

/**
 * Queues a deal notification inside the caller's transaction: it exists exactly when the change
 * does. The NOTIFY goes out on commit and only wakes the dispatchers early; they poll anyway.
 */
export async function recordOutboxEvent(tx: Tx, input: OutboxEventInput): Promise<OutboxEventRow> {
  const [row] = await tx
    .insert(outboxEvents)
    .values({
      id: newId('evt'),
      tenantId: input.tenantId,
      partnerId: input.deal.partnerId,
      dealId: input.deal.id,
      type: input.type,
      payload: { deal: input.deal, event: input.event },
      createdAt: input.at,
    })
    .returning();
  if (!row) throw new Error('outbox insert returned nothing');
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return row;
}
