import type { DealEventType, DealStatus } from '@partnerkit/contracts';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { recordOutboxEvent } from '../outbox/record.js';
import type { Actor, DealEventRow } from './deal-events.table.js';
import { dealEvents } from './deal-events.table.js';
import { deals } from './deals.table.js';
import { toDeal, toDealEvent } from './serialize.js';

export interface DealChange {
  tenantId: string;
  dealId: string;
  type: DealEventType;
  fromStatus: DealStatus | null;
  toStatus: DealStatus | null;
  actor: Actor;
  note?: string | null;
  at: Date;
}

/**
 * The one way a deal's state change is recorded: always inside the transaction that made the
 * change, so neither the timeline nor the outbox (webhooks, live updates) disagrees with the deal.
 */
export async function recordDealChange(tx: Tx, change: DealChange): Promise<DealEventRow> {
  const [event] = await tx
    .insert(dealEvents)
    .values({
      id: newId('dev'),
      tenantId: change.tenantId,
      dealId: change.dealId,
      type: change.type,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      actor: change.actor,
      note: change.note ?? null,
      createdAt: change.at,
    })
    .returning();
  if (!event) throw new Error('deal event insert returned nothing');
  const [deal] = await tx.select().from(deals).where(eq(deals.id, change.dealId));
  if (!deal) throw new Error(`deal ${change.dealId} is gone`);
  await recordOutboxEvent(tx, {
    tenantId: change.tenantId,
    type: `deal.${change.type}`,
    deal: toDeal(deal),
    event: toDealEvent(event),
    at: change.at,
  });
  return event;
}
