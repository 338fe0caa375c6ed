import type { NotificationType, WebhookEventTypeFilter } from '@partnerkit/contracts';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';
import { outboxEvents } from '../outbox/outbox.table.js';
import { tenants } from '../tenants/tenants.table.js';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().$type<WebhookEventTypeFilter[]>().notNull(),
    description: text('description'),
    /** `whsec_…`: kept in clear because every delivery is signed with it. */
    secret: text('secret').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_endpoints_tenant_idx').on(t.tenantId, t.createdAt, t.id)],
);

/** One event for one endpoint; the unique pair makes dispatching it twice harmless. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: text('event_id')
      .notNull()
      .references(() => outboxEvents.id, { onDelete: 'cascade' }),
    eventType: text('event_type').$type<NotificationType>().notNull(),
    status: text('status').$type<DeliveryStatus>().notNull().default('pending'),
    /** Bumped by a manual redelivery: jobs of an older generation stand down. */
    generation: integer('generation').notNull().default(0),
    /** The generation a queue job was last created for; behind `generation` = needs a job. */
    queuedGeneration: integer('queued_generation').notNull().default(-1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_endpoint_event_uq').on(t.endpointId, t.eventId),
    index('webhook_deliveries_endpoint_created_idx').on(t.endpointId, t.createdAt, t.id),
    // Deleting an old outbox event (outbox/retention.ts) finds its deliveries by it.
    index('webhook_deliveries_event_idx').on(t.eventId),
  ],
);

/** The delivery log: one row per HTTP attempt. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attempt)],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
