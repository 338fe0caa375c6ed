import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common.js';
import { DealEvent } from './deals/deal-events.js';
import { Deal } from './deals/deal.js';
import { named } from './schema.js';

/**
 * What happened to a deal: one type per timeline event (`deal.approved` for an `approved`
 * entry), plus `deal.reminder`, sent once some days before a deal's protection runs out.
 */
export const DealNotificationType = z.enum([
  'deal.submitted',
  'deal.approved',
  'deal.rejected',
  'deal.pending_review',
  'deal.needs_info',
  'deal.extension_requested',
  'deal.extension_granted',
  'deal.extension_denied',
  'deal.won',
  'deal.lost',
  'deal.expired',
  'deal.reminder',
]);
export type DealNotificationType = z.infer<typeof DealNotificationType>;

/** The deal as it is after the change, and the timeline entry (none for a reminder). */
export const DealNotificationData = z.object({
  deal: Deal,
  event: z.nullable(DealEvent),
});
export type DealNotificationData = z.infer<typeof DealNotificationData>;

/** The body of every webhook delivery and the data of every live event. */
export const DealNotification = named(
  z.object({
    /** `evt_…`: the same id in every delivery of this event, to deduplicate on. */
    id: Id,
    type: DealNotificationType,
    createdAt: IsoDateTime,
    data: DealNotificationData,
  }),
  'DealNotification',
  'A deal change, as POSTed to webhook endpoints and streamed by GET /v1/events',
);
export type DealNotification = z.infer<typeof DealNotification>;

/** `*` subscribes to every type, including ones added later. */
export const WebhookEventTypeFilter = z.union([DealNotificationType, z.literal('*')]);

export const WebhookEndpointInput = named(
  z.strictObject({
    url: z.url({ protocol: /^https?$/, error: 'Use an http(s) URL' }).check(z.maxLength(2048)),
    eventTypes: z.array(WebhookEventTypeFilter).check(z.minLength(1), z.maxLength(20)),
    description: z.optional(z.string().check(z.maxLength(500))),
  }),
  'WebhookEndpointInput',
);
export type WebhookEndpointInput = z.infer<typeof WebhookEndpointInput>;

export const WebhookEndpoint = named(
  z.object({
    id: Id,
    url: z.string(),
    eventTypes: z.array(WebhookEventTypeFilter),
    description: z.nullable(z.string()),
    createdAt: IsoDateTime,
  }),
  'WebhookEndpoint',
);
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** Answer to the creation only: the signing secret is shown once and never again. */
export const CreatedWebhookEndpoint = named(
  z.extend(WebhookEndpoint, {
    /** `whsec_…`: verify `PartnerKit-Signature` with it. */
    secret: z.string(),
  }),
  'CreatedWebhookEndpoint',
);
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpoint>;

export const WebhookAttempt = z.object({
  attempt: z.int(),
  /** `null` when no response came (timeout, refused connection, refused target). */
  statusCode: z.nullable(z.int()),
  durationMs: z.int(),
  error: z.nullable(z.string()),
  createdAt: IsoDateTime,
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/**
 * One event on its way to one endpoint: `pending` while being tried or retried, `delivered`
 * after a 2xx, `failed` once the retries are used up (a manual redelivery starts again).
 */
export const WebhookDelivery = named(
  z.object({
    id: Id,
    endpointId: Id,
    eventId: Id,
    eventType: DealNotificationType,
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.array(WebhookAttempt),
    createdAt: IsoDateTime,
    deliveredAt: z.nullable(IsoDateTime),
  }),
  'WebhookDelivery',
);
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WEBHOOK_SIGNATURE_HEADER = 'PartnerKit-Signature';
export const WEBHOOK_EVENT_ID_HEADER = 'PartnerKit-Event-Id';
