import type {
  Contact,
  CustomFieldValues,
  DealStatus,
  DealType,
  Reason,
} from '@partnerkit/contracts';
import { ACTIVE_DEAL_STATUSES } from '@partnerkit/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { newId } from '../db/ids.js';
import { partnerUsers } from '../partners/partners.table.js';

export interface AssignedManager {
  id: string;
  name: string;
  email: string;
}

/** `('submitted', …)`: the statuses that hold a customer; exclusivity and conflicts look at these. */
export const ACTIVE_STATUS_LIST = sql.raw(
  `(${ACTIVE_DEAL_STATUSES.map((status) => `'${status}'`).join(', ')})`,
);
const ACTIVE = sql`status in ${ACTIVE_STATUS_LIST}`;

export const deals = pgTable(
  'deals',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => newId('deal')),
    tenantId: text('tenant_id').notNull(),
    partnerId: text('partner_id').notNull(),
    userId: text('user_id').notNull(),
    status: text('status').$type<DealStatus>().notNull(),
    companyName: text('company_name').notNull(),
    companyDomain: text('company_domain').notNull(),
    companyCountry: text('company_country').notNull(),
    nameNorm: text('name_norm').notNull(),
    domainNorm: text('domain_norm').notNull(),
    /**
     * `storedMatchKeys(name_norm)`: how the duplicate check finds this deal (match-keys.ts).
     * COLLATE "C" (migration 0007), which drizzle's schema cannot state.
     */
    matchKeys: text('match_keys').array().notNull(),
    contact: jsonb('contact').$type<Contact>().notNull(),
    products: jsonb('products').$type<string[]>().notNull(),
    amountValue: bigint('amount_value', { mode: 'number' }).notNull(),
    amountCurrency: text('amount_currency').notNull(),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }).notNull(),
    dealType: text('deal_type').$type<DealType>().notNull(),
    coSell: boolean('co_sell').notNull(),
    notes: text('notes'),
    customFields: jsonb('custom_fields').$type<CustomFieldValues>().notNull().default({}),
    reasons: jsonb('reasons').$type<Reason[]>().notNull().default([]),
    protectedUntil: timestamp('protected_until', { withTimezone: true }),
    extensionsUsed: integer('extensions_used').notNull().default(0),
    assignedManager: jsonb('assigned_manager').$type<AssignedManager>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // The user, of that partner, of that tenant: one check per insert where three foreign keys
    // (tenant, partner, user) each locked their row, and a stronger one. Deleting any of the
    // three still deletes the deal, through partner_users.
    foreignKey({
      name: 'deals_partner_user_fk',
      columns: [t.tenantId, t.partnerId, t.userId],
      foreignColumns: [partnerUsers.tenantId, partnerUsers.partnerId, partnerUsers.id],
    }).onDelete('cascade'),
    // Exactly one active registration per customer and tenant, whatever the race: a second
    // concurrent insert fails here and is decided again (see deals/register.ts).
    uniqueIndex('deals_active_domain_uq').on(t.tenantId, t.domainNorm).where(ACTIVE),
    uniqueIndex('deals_active_name_uq').on(t.tenantId, t.nameNorm).where(ACTIVE),
    // fastupdate off: see drizzle/0004_match_keys.sql.
    index('deals_active_match_keys')
      .using('gin', t.matchKeys)
      .with({ fastupdate: false })
      .where(ACTIVE),
    index('deals_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    index('deals_partner_created_idx').on(t.tenantId, t.partnerId, t.createdAt, t.id),
  ],
);

export type DealRow = typeof deals.$inferSelect;
