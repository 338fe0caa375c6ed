import { PROBLEM_CONTENT_TYPE, type FieldError, type ProblemCode } from '@partnerkit/contracts';

export const API_BASE = 'https://api.partnerkit.test';

export interface Recorded {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | null;
}

type Handler = (request: Recorded) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

export function problem(status: number, code: ProblemCode, errors?: FieldError[]): Response {
  return new Response(
    JSON.stringify({
      type: `https://partnerkit.dev/problems/${code}`,
      title: code,
      status,
      code,
      requestId: 'req_test',
      ...(errors ? { errors } : {}),
    }),
    { status, headers: { 'content-type': PROBLEM_CONTENT_TYPE } },
  );
}

/** Rejects the way `fetch` does when the network is down. */
export function offline(): never {
  throw new TypeError('Failed to fetch');
}

/**
 * The API at the fetch level: routes `METHOD /v1/...` to canned, contract-valid answers and
 * records every call, so element tests exercise the real client without a server.
 */
export class FakeApi {
  readonly calls: Recorded[] = [];
  readonly #routes: { method: string; path: string | RegExp; handler: Handler }[] = [];
  #original: typeof fetch | undefined;

  on(method: string, path: string | RegExp, handler: Handler | unknown): this {
    this.#routes.unshift({
      method,
      path,
      handler: typeof handler === 'function' ? (handler as Handler) : () => json(handler),
    });
    return this;
  }

  callsTo(method: string, path: string | RegExp): Recorded[] {
    return this.calls.filter(
      (call) =>
        call.method === method &&
        (typeof path === 'string' ? call.path === path : path.test(call.path)),
    );
  }

  install(): this {
    this.#original = window.fetch;
    window.fetch = (input, init) => this.#handle(new Request(input, init));
    return this;
  }

  restore(): void {
    if (this.#original) window.fetch = this.#original;
  }

  async #handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const recorded: Recorded = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
      signal: request.signal,
    };
    this.calls.push(recorded);
    const route = this.#routes.find(
      (candidate) =>
        candidate.method === request.method &&
        (typeof candidate.path === 'string'
          ? candidate.path === url.pathname
          : candidate.path.test(url.pathname)),
    );
    if (!route) return problem(404, 'not_found');
    const signal = request.signal;
    return Promise.race([
      Promise.resolve(route.handler(recorded)),
      new Promise<never>((_, reject) => {
        const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
        if (signal.aborted) abort();
        signal.addEventListener('abort', abort, { once: true });
      }),
    ]);
  }
}

/**
 * A `text/event-stream` answer the test writes to frame by frame. Like a real fetch body it
 * fails when the request is aborted, so `cancelled` shows that the subscriber let go.
 */
export class EventStream {
  cancelled = false;
  #controller!: ReadableStreamDefaultController<Uint8Array>;
  readonly #encoder = new TextEncoder();

  respond(request: Recorded): Response {
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.#controller = controller;
      },
    });
    request.signal?.addEventListener('abort', () => {
      this.cancelled = true;
      this.fail(new DOMException('The operation was aborted.', 'AbortError'));
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  }

  send(id: string, event: string, data: unknown): void {
    this.#controller.enqueue(
      this.#encoder.encode(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    );
  }

  heartbeat(): void {
    this.#controller.enqueue(this.#encoder.encode(': heartbeat\n\n'));
  }

  fail(error: unknown = new TypeError('network error')): void {
    this.#controller.error(error);
  }
}
