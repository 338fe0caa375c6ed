import type { Notification, NotificationType } from '@partnerkit/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Deal and MDF request changes waiting to be told: written in the transaction of the change, then moved on by
 * the dispatcher (outbox/dispatcher.ts) into webhook deliveries and live streams.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: text('id').primaryKey(),
    /** Insertion order: the dispatcher takes rows in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /**
     * Set by the dispatcher, which runs one at a time, so it grows in commit order: live
     * streams read "after stream_seq N" without ever skipping a late-committing row.
     */
    streamSeq: bigint('stream_seq', { mode: 'number' }),
    tenantId: text('tenant_id').notNull(),
    partnerId: text('partner_id').notNull(),
    /** What the event is about: exactly one of these subjects is set (record.ts). */
    dealId: text('deal_id'),
    mdfRequestId: text('mdf_request_id'),
    type: text('type').$type<NotificationType>().notNull(),
    /** The notification's `data`, as its `type` shapes it. */
    payload: jsonb('payload').$type<Notification['data']>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_events_pending_idx')
      .on(t.seq)
      .where(sql`dispatched_at is null`),
    // Both only over dispatched rows, which every reader asks for: a registration's insert, with
    // no stream_seq yet, writes no entry in them.
    uniqueIndex('outbox_events_stream_seq_uq')
      .on(t.streamSeq)
      .where(sql`stream_seq is not null`),
    index('outbox_events_partner_stream_idx')
      .on(t.tenantId, t.partnerId, t.streamSeq)
      .where(sql`stream_seq is not null`),
    check('outbox_events_one_subject_check', sql`num_nonnulls(deal_id, mdf_request_id) = 1`),
  ],
);

export type OutboxEventRow = typeof outboxEvents.$inferSelect;
