import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common.js';
import { DealNotificationType } from './deal-notifications.js';
import { MdfRequestNotificationType } from './mdf/notifications.js';
import { NotificationType } from './notifications.js';
import { named } from './schema.js';

/** `*` subscribes to every type, including ones added later. */
export const WebhookEventTypeFilter = z.union([
  DealNotificationType,
  MdfRequestNotificationType,
  z.literal('*'),
]);
export type WebhookEventTypeFilter = z.infer<typeof WebhookEventTypeFilter>;

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
    eventType: NotificationType,
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
