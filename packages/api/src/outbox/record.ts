import type { Notification } from '@partnerkit/contracts';
import type { Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { outboxEvents, type OutboxEventRow } from './outbox.table.js';

/** What an event is about: the column that names it. */
export type OutboxSubject = { dealId: string } | { mdfRequestId: string };

/** A notification's `type` with the `data` that type carries. */
type Told<N = Notification> = N extends Notification ? Pick<N, 'type' | 'data'> : never;

/** A change to tell one partner (live stream) and the tenant's webhook endpoints. */
export type OutboxEventInput = Told & {
  tenantId: string;
  partnerId: string;
  subject: OutboxSubject;
  at: Date;
};

/** The outbox row of a notification, for callers that batch it into a larger statement. */
export function outboxRow(input: OutboxEventInput): typeof outboxEvents.$inferInsert {
  return {
    id: newId('evt'),
    tenantId: input.tenantId,
    partnerId: input.partnerId,
    ...input.subject,
    type: input.type,
    payload: input.data,
    createdAt: input.at,
  };
}

/**
 * Queues a notification inside the caller's transaction: it exists exactly when the change
 * does. No NOTIFY here: PostgreSQL serialises the commits of notifying transactions, which would
 * cap deal registrations; the dispatchers poll the outbox's small pending index instead.
 */
export async function recordOutboxEvent(tx: Tx, input: OutboxEventInput): Promise<OutboxEventRow> {
  const [row] = await tx.insert(outboxEvents).values(outboxRow(input)).returning();
  if (!row) throw new Error('outbox insert returned nothing');
  return row;
}

/** The notification an outbox row tells: a webhook's body, a live event's data. */
export function toNotification(row: OutboxEventRow): Notification {
  // The row was written from a `Told` (outboxRow), so its type and payload belong together.
  return {
    id: row.id,
    type: row.type,
    createdAt: row.createdAt.toISOString(),
    data: row.payload,
  } as Notification;
}
