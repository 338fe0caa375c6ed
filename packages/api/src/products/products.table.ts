import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';
import { tenants } from '../tenants/tenants.table.js';

/** The vendor's catalogue that partners pick from when they register a deal. */
export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sku: text('sku'),
    createdAt: createdAt(),
  },
  (table) => [index('products_tenant_idx').on(table.tenantId)],
);
