import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { deals } from './deals.table.js';
import { newId } from '../db/ids.js';

export type ExtensionRequestStatus = 'pending' | 'granted' | 'denied';

export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => newId('ext')),
    tenantId: text('tenant_id').notNull(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    status: text('status').$type<ExtensionRequestStatus>().notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // One pending request per deal, even when two arrive at once.
    uniqueIndex('extension_requests_one_pending_uq')
      .on(t.dealId)
      .where(sql`status = 'pending'`),
    index('extension_requests_deal_idx').on(t.tenantId, t.dealId),
  ],
);

export type ExtensionRequestRow = typeof extensionRequests.$inferSelect;
