import type { Branding, Locale } from '@partnerkit/contracts';
import { index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';
import { tenants } from '../tenants/tenants.table.js';

export const partners = pgTable(
  'partners',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    type: text('type', { enum: ['reseller', 'msp', 'system_integrator', 'referral'] }).notNull(),
    tier: text('tier', { enum: ['registered', 'silver', 'gold', 'platinum'] }).notNull(),
    /** Territory: ISO country codes this partner may register deals in. */
    countries: text('countries').array().notNull(),
    branding: jsonb('branding').$type<Branding>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('partners_tenant_idx').on(table.tenantId)],
);

export const partnerUsers = pgTable(
  'partner_users',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    locale: text('locale').$type<Locale>(),
    createdAt: createdAt(),
  },
  (table) => [
    index('partner_users_partner_idx').on(table.partnerId),
    uniqueIndex('partner_users_tenant_email_idx').on(table.tenantId, table.email),
    // What a deal's foreign key names (deals.table.ts).
    uniqueIndex('partner_users_tenant_partner_id_uq').on(table.tenantId, table.partnerId, table.id),
  ],
);
