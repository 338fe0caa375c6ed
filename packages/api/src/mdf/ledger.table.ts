import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { mdfAllocations } from './allocations.table.js';
import { mdfFunds } from './funds.table.js';
import { mdfRequests } from './requests.table.js';

/** What moved: the business event of an entry. */
export type LedgerKind = 'allocation' | 'commitment' | 'release' | 'claim' | 'payment';
/** Which figure of the fund it moves. */
export type LedgerBucket = 'allocated' | 'pending' | 'committed' | 'claimed' | 'paid';

/**
 * Every change of a fund, line by line: the fund's totals are the sums of its entries by
 * bucket, so any figure of a balance can be explained by the entries behind it. Each entry
 * names the allocation or the request it is about.
 */
export const mdfLedgerEntries = pgTable(
  'mdf_ledger_entries',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    fundId: text('fund_id')
      .notNull()
      .references(() => mdfFunds.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<LedgerKind>().notNull(),
    bucket: text('bucket').$type<LedgerBucket>().notNull(),
    /** Signed, in minor units of the fund's currency. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    allocationId: text('allocation_id').references(() => mdfAllocations.id, {
      onDelete: 'cascade',
    }),
    requestId: text('request_id').references(() => mdfRequests.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Orders the entries of one transaction, which share `createdAt`. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('mdf_ledger_entries_fund_idx').on(t.fundId, t.seq),
    index('mdf_ledger_entries_request_idx')
      .on(t.requestId)
      .where(sql`request_id is not null`),
    index('mdf_ledger_entries_allocation_idx')
      .on(t.allocationId)
      .where(sql`allocation_id is not null`),
    check('mdf_ledger_entries_amount_check', sql`${t.amount} <> 0`),
    check(
      'mdf_ledger_entries_subject_check',
      sql`num_nonnulls(${t.allocationId}, ${t.requestId}) = 1`,
    ),
  ],
);

export type MdfLedgerEntryRow = typeof mdfLedgerEntries.$inferSelect;
