import { DealNotification, LIVE_EVENT_NAMES } from '@partnerkit/contracts';
import { AuthenticationError, PartnerKitError } from '../errors.js';
import type { HttpOptions } from '../http.js';
import { errorFromResponse } from '../responses.js';
import type { SessionTokens } from '../session.js';

declare const __PK_DEV__: boolean | undefined;

export interface DealNotificationHandlers {
  /** Every deal change of the session's partner, in order (`deal.updated`, `deal.reminder`). */
  onEvent(notification: DealNotification): void;
  /**
   * The stream could not resume after the last event id (the API no longer keeps that event):
   * changes made meanwhile are not replayed, so re-read what is shown. Events go on after it.
   */
  onResync?(): void;
  /**
   * A failed connection or a message that did not parse. The subscription reconnects by
   * itself, except after an `AuthenticationError` that a token provider could not cure.
   */
  onError?(error: unknown): void;
}

export interface SubscribeOptions {
  /** Resume after this event id (e.g. one kept from an earlier page view). */
  lastEventId?: string | undefined;
  signal?: AbortSignal | undefined;
  /** First reconnect delay, doubled per failure up to 30 s. Default 1 000. */
  reconnectDelayMs?: number | undefined;
}

export interface Subscription {
  /** The id of the last event handed to `onEvent`. */
  readonly lastEventId: string | undefined;
  close(): void;
}

export interface EventsResource {
  /**
   * `GET /v1/events`: live deal changes over server-sent events, read with `fetch` so the
   * session token travels in a header. Reconnects with `Last-Event-ID`, so none is missed.
   */
  subscribe(handlers: DealNotificationHandlers, options?: SubscribeOptions): Subscription;
}

const MAX_RECONNECT_DELAY_MS = 30_000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type NotificationResult =
  { success: true; data: DealNotification } | { success: false; error: unknown };

/**
 * The message's notification, checked against the contract unless a production browser build
 * defines __PK_DEV__ as false (then it is trusted, like every response).
 */
function readNotification(text: string): NotificationResult {
  const value = parseJson(text);
  // Written out, not imported, so bundlers drop the schema when __PK_DEV__ is false.
  if (typeof __PK_DEV__ === 'undefined' || __PK_DEV__) return DealNotification.safeParse(value);
  // Trusted like every other response, but a message that is not JSON is still an error.
  return value === undefined
    ? { success: false, error: new SyntaxError('The event data is not JSON') }
    : { success: true, data: value as DealNotification };
}

interface Message {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

/** Splits an event stream into messages; comments (heartbeats) are dropped. */
async function readMessages(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: Message) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      let id: string | undefined;
      let event: string | undefined;
      const data: string[] = [];
      for (const line of buffer.slice(0, end).split('\n')) {
        const colon = line.indexOf(':');
        if (colon === 0) continue;
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') id = text;
        else if (field === 'event') event = text;
        else if (field === 'data') data.push(text);
      }
      buffer = buffer.slice(end + 2);
      if (data.length) onMessage({ id, event, data: data.join('\n') });
    }
  }
}

export function eventsResource(options: HttpOptions, session: SessionTokens): EventsResource {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = `${options.baseUrl.replace(/\/$/, '')}/v1/events`;

  return {
    subscribe(handlers, subscribeOptions = {}) {
      const controller = new AbortController();
      subscribeOptions.signal?.addEventListener('abort', () => controller.abort());
      let lastEventId = subscribeOptions.lastEventId;
      const firstDelay = subscribeOptions.reconnectDelayMs ?? 1000;

      const connect = (token: string | undefined) =>
        fetchImpl(url, {
          headers: {
            accept: 'text/event-stream',
            ...(token && { authorization: `Bearer ${token}` }),
            ...(lastEventId && { 'last-event-id': lastEventId }),
          },
          signal: controller.signal,
        });

      const onMessage = ({ id, event, data }: Message) => {
        if (id) lastEventId = id;
        if (event === LIVE_EVENT_NAMES.resync) {
          handlers.onResync?.();
          return;
        }
        const parsed = readNotification(data);
        if (parsed.success) {
          handlers.onEvent(parsed.data);
          return;
        }
        handlers.onError?.(
          new PartnerKitError({
            message: 'A live event did not match the contract',
            status: 200,
            code: 'invalid_response',
            cause: parsed.error,
          }),
        );
      };

      void (async () => {
        let failures = 0;
        while (!controller.signal.aborted) {
          try {
            let token = await session.get();
            let response = await connect(token);
            if (response.status === 401 && token !== undefined && session.canRefresh) {
              token = await session.refresh(token);
              response = await connect(token);
            }
            if (!response.ok || !response.body) throw await errorFromResponse(response);
            failures = 0;
            await readMessages(response.body, onMessage);
          } catch (error) {
            if (controller.signal.aborted) return;
            handlers.onError?.(error);
            if (error instanceof AuthenticationError) return;
            failures += 1;
          }
          const delay = Math.min(
            firstDelay * 2 ** Math.max(failures - 1, 0),
            MAX_RECONNECT_DELAY_MS,
          );
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      })();

      return {
        get lastEventId() {
          return lastEventId;
        },
        close: () => controller.abort(),
      };
    },
  };
}
