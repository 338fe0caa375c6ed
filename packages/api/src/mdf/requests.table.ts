import type {
  MdfClaimStatus,
  MdfOutcomes,
  MdfProofRequirement,
  MdfRequestEventType,
  MdfRequestStatus,
  MdfResults,
} from '@partnerkit/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { Actor } from '../deals/deal-events.table.js';
import { partnerUsers } from '../partners/partners.table.js';
import { mdfFunds } from './funds.table.js';

export const mdfRequests = pgTable(
  'mdf_requests',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    partnerId: text('partner_id').notNull(),
    userId: text('user_id').notNull(),
    /** The partner's fund (currency and period) the request draws on. */
    fundId: text('fund_id')
      .notNull()
      .references(() => mdfFunds.id, { onDelete: 'cascade' }),
    status: text('status').$type<MdfRequestStatus>().notNull(),
    activityType: text('activity_type').notNull(),
    /** The activity type's terms when the request was submitted: later edits do not change them. */
    coopRateBps: integer('coop_rate_bps').notNull(),
    proof: jsonb('proof').$type<MdfProofRequirement>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    /** Requested, in minor units of `currency`, like the three amounts after it. */
    amountValue: bigint('amount_value', { mode: 'number' }).notNull(),
    approvedValue: bigint('approved_value', { mode: 'number' }),
    /** The current claim's; `null` while no claim stands (none yet, or rejected). */
    reimbursableValue: bigint('reimbursable_value', { mode: 'number' }),
    paidValue: bigint('paid_value', { mode: 'number' }),
    paymentReference: text('payment_reference'),
    expectedOutcomes: jsonb('expected_outcomes').$type<MdfOutcomes>().notNull(),
    campaignId: text('campaign_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'mdf_requests_partner_user_fk',
      columns: [t.tenantId, t.partnerId, t.userId],
      foreignColumns: [partnerUsers.tenantId, partnerUsers.partnerId, partnerUsers.id],
    }).onDelete('cascade'),
    index('mdf_requests_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    index('mdf_requests_partner_created_idx').on(t.tenantId, t.partnerId, t.createdAt, t.id),
    index('mdf_requests_status_created_idx').on(t.tenantId, t.status, t.createdAt, t.id),
    index('mdf_requests_fund_idx').on(t.fundId),
    check('mdf_requests_dates_check', sql`${t.endDate} >= ${t.startDate}`),
    check(
      'mdf_requests_amounts_check',
      sql`${t.amountValue} > 0 and (${t.approvedValue} is null or ${t.approvedValue} between 1 and ${t.amountValue}) and (${t.reimbursableValue} is null or ${t.reimbursableValue} between 1 and ${t.approvedValue}) and (${t.paidValue} is null or ${t.paidValue} between 1 and ${t.approvedValue})`,
    ),
  ],
);

export type MdfRequestRow = typeof mdfRequests.$inferSelect;

/** A request's timeline: one row per change, written with the change (mdf/events.ts). */
export const mdfRequestEvents = pgTable(
  'mdf_request_events',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    requestId: text('request_id')
      .notNull()
      .references(() => mdfRequests.id, { onDelete: 'cascade' }),
    type: text('type').$type<MdfRequestEventType>().notNull(),
    fromStatus: text('from_status').$type<MdfRequestStatus>(),
    toStatus: text('to_status').$type<MdfRequestStatus>().notNull(),
    actor: text('actor').$type<Actor>().notNull(),
    note: text('note'),
    amountValue: bigint('amount_value', { mode: 'number' }),
    currency: text('currency').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('mdf_request_events_request_idx').on(t.requestId, t.seq)],
);

export type MdfRequestEventRow = typeof mdfRequestEvents.$inferSelect;

/** Every claim of a request: a rejected one stays, and the partner may claim again. */
export const mdfClaims = pgTable(
  'mdf_claims',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    requestId: text('request_id')
      .notNull()
      .references(() => mdfRequests.id, { onDelete: 'cascade' }),
    status: text('status').$type<MdfClaimStatus>().notNull(),
    spendValue: bigint('spend_value', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    reimbursableValue: bigint('reimbursable_value', { mode: 'number' }).notNull(),
    results: jsonb('results').$type<MdfResults>().notNull(),
    /** Ids of `files` rows of the request's partner, checked when the claim was made. */
    fileIds: text('file_ids').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('mdf_claims_request_idx').on(t.requestId, t.createdAt)],
);

export type MdfClaimRow = typeof mdfClaims.$inferSelect;
