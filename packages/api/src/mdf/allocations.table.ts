import { bigint, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { partners } from '../partners/partners.table.js';
import { mdfFunds } from './funds.table.js';

/** What a vendor gave a partner; the fund of its partner, currency and period sums them. */
export const mdfAllocations = pgTable(
  'mdf_allocations',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fundId: text('fund_id')
      .notNull()
      .references(() => mdfFunds.id, { onDelete: 'cascade' }),
    amountValue: bigint('amount_value', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('mdf_allocations_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    index('mdf_allocations_partner_created_idx').on(t.tenantId, t.partnerId, t.createdAt, t.id),
  ],
);

export type MdfAllocationRow = typeof mdfAllocations.$inferSelect;
