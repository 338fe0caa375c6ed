import type { NotificationType } from './notifications.js';

/**
 * `GET /v1/events` is a server-sent event stream of the session partner's deal and MDF request
 * changes. Every message has `id:` (the event id, for `Last-Event-ID`) and JSON `data:` holding
 * a `DealNotification` or an `MdfRequestNotification`; its `event:` name is one of these.
 */
export const LIVE_EVENT_NAMES = {
  /** Any change to a deal: the notification's `type` says which. */
  dealUpdated: 'deal.updated',
  /** The deal's protection ends soon. */
  dealReminder: 'deal.reminder',
  /** Any change to an MDF request (`data:` an `MdfRequestNotification`). */
  mdfRequestUpdated: 'mdf_request.updated',
  /**
   * First on a stream that could not resume after its `Last-Event-ID`: the API no longer keeps
   * that event (older than its retention) or never sent it to this partner. What changed in
   * between is not replayed, so re-read what is shown. `data:` is `{}`; `id:` the partner's
   * newest event, where the stream goes on from.
   */
  resync: 'resync',
} as const;

/** EventSource cannot send headers, so `/v1/events` also takes the session token here. */
export const LIVE_TOKEN_QUERY_PARAMETER = 'access_token';

/** The `event:` name a notification of this type is streamed under. */
export function liveEventNameOf(type: NotificationType): string {
  if (type === 'deal.reminder') return LIVE_EVENT_NAMES.dealReminder;
  return type.startsWith('mdf_request.')
    ? LIVE_EVENT_NAMES.mdfRequestUpdated
    : LIVE_EVENT_NAMES.dealUpdated;
}
