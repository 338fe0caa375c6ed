import * as z from 'zod/mini';
import { Id, IsoDateTime } from '../common.js';
import { named } from '../schema.js';
import { MdfRequestEvent } from './events.js';
import { MdfRequest } from './request.js';

/** One type per timeline event: `mdf_request.approved` for an `approved` entry. */
export const MdfRequestNotificationType = z.enum([
  'mdf_request.submitted',
  'mdf_request.needs_info',
  'mdf_request.info_provided',
  'mdf_request.approved',
  'mdf_request.rejected',
  'mdf_request.claim_submitted',
  'mdf_request.claim_approved',
  'mdf_request.claim_rejected',
  'mdf_request.paid',
  'mdf_request.expired',
]);
export type MdfRequestNotificationType = z.infer<typeof MdfRequestNotificationType>;

/** The request as it is after the change, and the timeline entry. */
export const MdfRequestNotificationData = z.object({
  request: MdfRequest,
  event: MdfRequestEvent,
});
export type MdfRequestNotificationData = z.infer<typeof MdfRequestNotificationData>;

export const MdfRequestNotification = named(
  z.object({
    /** `evt_…`: the same id in every delivery of this event, to deduplicate on. */
    id: Id,
    type: MdfRequestNotificationType,
    createdAt: IsoDateTime,
    data: MdfRequestNotificationData,
  }),
  'MdfRequestNotification',
  'An MDF request change, as POSTed to webhook endpoints and streamed by GET /v1/events',
);
export type MdfRequestNotification = z.infer<typeof MdfRequestNotification>;
