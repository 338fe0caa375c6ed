import { sql } from 'drizzle-orm';
import { bigint, check, date, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { partners } from '../partners/partners.table.js';
import { tenants } from '../tenants/tenants.table.js';

/**
 * One partner's funds in one currency for one period: the running totals of its ledger entries
 * by bucket. Every change of them is a conditional `UPDATE` of this row in the transaction that
 * writes the entries (ledger.ts), so concurrent requests queue on the row and each sees what the
 * one before left; the CHECKs are the backstop. `GET /v1/mdf/balance` reads these rows only.
 */
export const mdfFunds = pgTable(
  'mdf_funds',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    allocated: bigint('allocated', { mode: 'number' }).notNull().default(0),
    pending: bigint('pending', { mode: 'number' }).notNull().default(0),
    committed: bigint('committed', { mode: 'number' }).notNull().default(0),
    claimed: bigint('claimed', { mode: 'number' }).notNull().default(0),
    paid: bigint('paid', { mode: 'number' }).notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // The balance's one read (tenant, partner) and the allocation's upsert (all five).
    uniqueIndex('mdf_funds_partner_period_uq').on(
      t.tenantId,
      t.partnerId,
      t.currency,
      t.periodStart,
      t.periodEnd,
    ),
    check('mdf_funds_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
    check(
      'mdf_funds_buckets_check',
      sql`${t.allocated} >= 0 and ${t.pending} >= 0 and ${t.committed} >= 0 and ${t.claimed} >= 0 and ${t.paid} >= 0`,
    ),
    // Never overspent, whatever the application does.
    check(
      'mdf_funds_not_overspent_check',
      sql`${t.allocated} - ${t.pending} - ${t.committed} - ${t.claimed} - ${t.paid} >= 0`,
    ),
  ],
);

export type MdfFundRow = typeof mdfFunds.$inferSelect;
