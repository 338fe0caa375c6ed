import * as z from 'zod/mini';
import { DealNotification, DealNotificationType } from './deal-notifications.js';
import { MdfRequestNotification, MdfRequestNotificationType } from './mdf/notifications.js';

/** Every type of event the API tells: webhooks and live streams carry the same ones. */
export const NotificationType = z.union([DealNotificationType, MdfRequestNotificationType]);
export type NotificationType = z.infer<typeof NotificationType>;

/** A webhook body or live event's data: a deal's or an MDF request's change. */
export const Notification = z.union([DealNotification, MdfRequestNotification]);
export type Notification = z.infer<typeof Notification>;
