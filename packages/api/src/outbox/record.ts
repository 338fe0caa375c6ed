import type { Deal, DealEvent, DealNotificationType } from '@partnerkit/contracts';
import type { Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { outboxEvents, type OutboxEventRow } from './outbox.table.js';

export interface OutboxEventInput {
  tenantId: string;
  type: DealNotificationType;
  deal: Deal;
  event: DealEvent | null;
  at: Date;
}

/** The outbox row of a deal notification, for callers that batch it into a larger statement. */
export function outboxRow(input: OutboxEventInput): typeof outboxEvents.$inferInsert {
  return {
    id: newId('evt'),
    tenantId: input.tenantId,
    partnerId: input.deal.partnerId,
    dealId: input.deal.id,
    type: input.type,
    payload: { deal: input.deal, event: input.event },
    createdAt: input.at,
  };
}

/**
 * Queues a deal notification inside the caller's transaction: it exists exactly when the change
 * does. No NOTIFY here: PostgreSQL serialises the commits of notifying transactions, which would
 * cap deal registrations; the dispatchers poll the outbox's small pending index instead.
 */
export async function recordOutboxEvent(tx: Tx, input: OutboxEventInput): Promise<OutboxEventRow> {
  const [row] = await tx.insert(outboxEvents).values(outboxRow(input)).returning();
  if (!row) throw new Error('outbox insert returned nothing');
  return row;
}
