import type { DealEventType, DealStatus } from '@partnerkit/contracts';
import type { Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import type { Actor, DealEventRow } from './deal-events.table.js';
import { dealEvents } from './deal-events.table.js';

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
 * change, so the timeline (and, later, the outbox fed from here) never disagrees with the deal.
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
  return event;
}
