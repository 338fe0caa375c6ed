import { bigint, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';
import { partners } from '../partners/partners.table.js';
import { tenants } from '../tenants/tenants.table.js';

/**
 * Uploaded files (proof of performance for MDF claims, later campaign assets), from
 * `POST /v1/files`. The bytes are in the app's `FileStore` under `storage_key`; `content_type` is
 * what the bytes showed (`sniff.ts`), not what the uploader declared.
 */
export const files = pgTable(
  'files',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** The partner that uploaded it; `null` for the vendor's own files. */
    partnerId: text('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('files_storage_key_uq').on(t.storageKey),
    index('files_owner_idx').on(t.tenantId, t.partnerId, t.id),
  ],
);

export type FileRow = typeof files.$inferSelect;
