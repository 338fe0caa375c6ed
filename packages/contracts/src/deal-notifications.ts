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
  'deal.info_provided',
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
