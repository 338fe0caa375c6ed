import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { newId } from '../db/ids.js';
import { tenants } from '../tenants/tenants.table.js';

/** The vendor's existing customers, imported from its CRM; registrations are checked against them. */
export const accounts = pgTable(
  'accounts',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => newId('acct')),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    nameNorm: text('name_norm').notNull(),
    /**
     * `storedMatchKeys(name_norm)`, as on deals: the duplicate check finds accounts the same way.
     * COLLATE "C" (migration 0007), which drizzle's schema cannot state.
     */
    matchKeys: text('match_keys').array().notNull(),
    domain: text('domain'),
    domainNorm: text('domain_norm'),
    country: text('country').notNull(),
    externalId: text('external_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('accounts_external_id_uq')
      .on(t.tenantId, t.externalId)
      .where(sql`external_id is not null`),
    index('accounts_tenant_domain_idx').on(t.tenantId, t.domainNorm),
    index('accounts_tenant_name_idx').on(t.tenantId, t.nameNorm),
    index('accounts_match_keys').using('gin', t.matchKeys).with({ fastupdate: false }),
  ],
);

export type AccountRow = typeof accounts.$inferSelect;
