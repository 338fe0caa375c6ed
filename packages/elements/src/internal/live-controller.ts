import type { DealNotification } from '@partnerkit/contracts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PkClient } from './client.js';

/** Module-level so tests can shorten them; the defaults are what pages get. */
export const liveTiming = {
  /** Re-list this often while the stream is unavailable and the page is visible. */
  pollMs: 30_000,
  /** Failed polls double the wait up to this. */
  maxPollMs: 300_000,
  /** First reconnect delay of the stream (the client doubles it). */
  retryMs: 1_000,
  /** Consecutive stream failures before giving up on it for polling. */
  failures: 3,
};

export interface LiveOptions {
  client: () => PkClient | undefined;
  onNotification: (notification: DealNotification) => void;
  /** Re-reads what the host shows, without a loading state. */
  poll: (signal: AbortSignal) => Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Live deal changes while the host is on the page: `GET /v1/events` when the API streams, or
 * polling when it does not (404/501, repeated failures, no `ReadableStream`).
 */
export class LiveController implements ReactiveController {
  readonly #options: LiveOptions;
  #abort: AbortController | undefined;
  #lastEventId: string | undefined;

  constructor(host: ReactiveControllerHost, options: LiveOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** (Re)starts with the current client; a no-op until there is one. */
  start(): void {
    this.hostDisconnected();
    const client = this.#options.client();
    if (!client) return;
    const abort = (this.#abort = new AbortController());
    if (typeof ReadableStream !== 'function') return void this.#poll(abort.signal);
    let failures = 0;
    const subscription = client.events.subscribe(
      {
        onEvent: (notification) => {
          failures = 0;
          this.#lastEventId = subscription.lastEventId;
          this.#options.onNotification(notification);
        },
        // The stream lost what happened while this page was away: read it all again.
        onResync: () => {
          this.#lastEventId = subscription.lastEventId;
          void this.#options.poll(abort.signal).catch(() => undefined);
        },
        onError: (error) => {
          const { status, code } = error as { status?: unknown; code?: unknown };
          if (code === 'invalid_response') return;
          // The API has no stream (404/501) or the session ended (401): polling says the rest.
          if (
            status === 404 ||
            status === 501 ||
            status === 401 ||
            ++failures >= liveTiming.failures
          ) {
            subscription.close();
            void this.#poll(abort.signal);
          }
        },
      },
      {
        lastEventId: this.#lastEventId,
        signal: abort.signal,
        reconnectDelayMs: liveTiming.retryMs,
      },
    );
  }

  async #poll(signal: AbortSignal): Promise<void> {
    let delay = liveTiming.pollMs;
    for (;;) {
      await sleep(delay, signal);
      if (signal.aborted) return;
      if (document.visibilityState === 'hidden') continue;
      try {
        await this.#options.poll(signal);
        delay = liveTiming.pollMs;
      } catch {
        delay = Math.min(delay * 2, liveTiming.maxPollMs);
      }
    }
  }
}
