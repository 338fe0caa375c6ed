/** NOTIFY channels; payloads are hints only, the outbox table is the truth. */
/** Wakes the dispatchers at once for rare work (redeliveries); deal changes are polled. */
export const OUTBOX_CHANNEL = 'partnerkit_outbox';
/** Sent by the dispatcher with `{"tenantId","partnerIds"}` once events are streamable. */
export const LIVE_CHANNEL = 'partnerkit_live';
