import type { DealEventType, DealStatus } from '@partnerkit/contracts';
import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { deals } from './deals.table.js';
import { newId } from '../db/ids.js';

export type Actor = 'partner' | 'vendor' | 'system';

/** A deal's timeline: one row per change, written with the change (deals/events.ts). */
export const dealEvents = pgTable(
  'deal_events',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => newId('dev')),
    tenantId: text('tenant_id').notNull(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    type: text('type').$type<DealEventType>().notNull(),
    fromStatus: text('from_status').$type<DealStatus>(),
    toStatus: text('to_status').$type<DealStatus>(),
    actor: text('actor').$type<Actor>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Orders the timeline: events of one transaction share `createdAt`. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('deal_events_deal_idx').on(t.tenantId, t.dealId, t.seq)],
);

export type DealEventRow = typeof dealEvents.$inferSelect;
