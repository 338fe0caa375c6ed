import ky, { HTTPError, type Options, type ShouldRetryState } from 'ky';
import { AuthenticationError } from './errors.js';
import { parseBody, readProblem, toClientError, type Schema } from './responses.js';
import type { SessionTokens } from './session.js';

/** Which credential an endpoint takes. */
export type Credential = 'partner' | 'partnerOrSecret' | 'secret';

export interface RetryOptions {
  /** Retries after the first attempt; `0` turns retrying off. Default 2. */
  limit?: number;
  /** Milliseconds to wait before retry `attempt` (1-based). Default: 300, 600, 1200… up to 5 s. */
  delay?: (attempt: number) => number;
}

export interface HttpOptions {
  /** API origin, with a path prefix if it has one; endpoints are `v1/…` below it. */
  baseUrl: string;
  /** `pk_…`: the bearer credential of calls that have no other (public endpoints). */
  publishableKey?: string | undefined;
  /** `sk_…`, servers only: vendor calls, and deal reads when there is no session. */
  secretKey?: string | undefined;
  /** Replaces `globalThis.fetch`: an app's own fetch in tests, a framework's on servers. */
  fetch?: typeof fetch | undefined;
  retry?: RetryOptions | undefined;
  /** Per attempt. Default 10 000. */
  timeoutMs?: number | undefined;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

export interface Call<T> extends CallOptions {
  method: 'GET' | 'POST';
  /** Relative to the base URL, without a leading slash: `v1/deals`. */
  path: string;
  credential: Credential;
  /** The contract the response is checked against; `undefined` when responses are trusted. */
  schema: Schema<T> | undefined;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** A POST that changes nothing, so it may be retried like a GET. */
  safe?: boolean;
  idempotencyKey?: string;
}

export type Send = <T>(call: Call<T>) => Promise<T>;

const MAX_RETRY_DELAY_MS = 5_000;
const MAX_RETRY_AFTER_MS = 10_000;

// Without this, a query of only unset values still leaves a bare `?` on the URL.
function searchParamsOf(query: Call<unknown>['query']): Record<string, string> | undefined {
  const entries = Object.entries(query ?? {}).filter(([, value]) => value !== undefined);
  return entries.length ? Object.fromEntries(entries.map(([k, v]) => [k, String(v)])) : undefined;
}

function backoff(attempt: number): number {
  return Math.min(300 * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

// A duplicate submission still in flight: its first attempt will finish and then be replayed.
async function retryWhileKeyInUse({ error }: ShouldRetryState): Promise<boolean | undefined> {
  if (!(error instanceof HTTPError) || error.response.status !== 409) return undefined;
  const problem = await readProblem(error.response.clone());
  return problem?.code === 'idempotency_key_in_use';
}

/**
 * The one way the client talks to the API: credentials, retries, timeouts, response parsing
 * and error mapping. A 401 on a session token asks the token provider once and repeats the
 * call once, with the same idempotency key.
 */
export function createSend(options: HttpOptions, session: SessionTokens): Send {
  const http = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeoutMs ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const limit = options.retry?.limit ?? 2;
  const delay = options.retry?.delay ?? backoff;

  function retryFor(call: Call<unknown>): Options['retry'] {
    const retryable = call.method === 'GET' || call.safe === true || call.idempotencyKey;
    if (!retryable || limit === 0) return 0;
    return {
      limit,
      methods: [call.method.toLowerCase()],
      delay,
      maxRetryAfter: MAX_RETRY_AFTER_MS,
      shouldRetry: retryWhileKeyInUse,
    };
  }

  function headersFor(call: Call<unknown>, token: string | undefined): Headers {
    const headers = new Headers({ accept: 'application/json' });
    // The publishable key is the credential of last resort: public endpoints take it, and
    // elsewhere the API's 403 then names the credential the endpoint needs.
    const bearer =
      (call.credential === 'secret'
        ? options.secretKey
        : call.credential === 'partner'
          ? token
          : (token ?? options.secretKey)) ?? options.publishableKey;
    if (bearer) headers.set('authorization', `Bearer ${bearer}`);
    if (call.idempotencyKey) headers.set('idempotency-key', call.idempotencyKey);
    return headers;
  }

  async function attempt<T>(call: Call<T>, token: string | undefined): Promise<T> {
    try {
      const response = await http(call.path, {
        method: call.method,
        headers: headersFor(call, token),
        json: call.body,
        searchParams: searchParamsOf(call.query),
        signal: call.signal,
        retry: retryFor(call),
      });
      return await parseBody(response, call.schema);
    } catch (error) {
      throw await toClientError(error, call.signal);
    }
  }

  return async function send<T>(call: Call<T>): Promise<T> {
    call.signal?.throwIfAborted();
    const token = call.credential === 'secret' ? undefined : await session.get();
    try {
      return await attempt(call, token);
    } catch (error) {
      const expired =
        error instanceof AuthenticationError && error.status === 401 && token !== undefined;
      if (!expired || !session.canRefresh) throw error;
      return attempt(call, await session.refresh(token));
    }
  };
}
