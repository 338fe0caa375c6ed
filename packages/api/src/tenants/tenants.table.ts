import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';
import type { TenantSettings } from './settings.js';

export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** HS256 secret for partner session tokens; the vendor may also sign tokens with it. */
  signingSecret: text('signing_secret').notNull(),
  settings: jsonb('settings').$type<TenantSettings>().notNull(),
  createdAt: createdAt(),
});

export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['secret', 'publishable'] }).notNull(),
    /** sha256 of the whole key: the key itself is shown once and never stored. */
    keyHash: text('key_hash').notNull().unique(),
    /** The first characters, so a vendor can tell keys apart in a list. */
    prefix: text('prefix').notNull(),
    /** Browser origins a publishable key may be used from (`https://portal.example.com`). */
    allowedOrigins: text('allowed_origins').array().notNull().default([]),
    createdAt: createdAt(),
  },
  (table) => [index('api_keys_tenant_idx').on(table.tenantId)],
);

/** Vendor staff who review deals; the tenant's settings route regions to them. */
export const channelManagers = pgTable(
  'channel_managers',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('channel_managers_tenant_idx').on(table.tenantId)],
);
