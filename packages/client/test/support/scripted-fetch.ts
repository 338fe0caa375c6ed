import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, type ProblemCode } from '@partnerkit/contracts';

/** One scripted answer: a response, or a thrown error standing for a network failure. */
export type Step = (request: Request) => Response | Promise<Response>;

/**
 * A `fetch` that answers from a script, one step per request, and records what was sent, for
 * the failures a real API cannot easily produce.
 */
export function scriptedFetch(...steps: Step[]) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const step = steps.shift();
    if (!step) throw new Error(`No scripted answer left for ${request.method} ${request.url}`);
    return step(request);
  };
  return { fetch, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Step {
  return () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req_ok', ...headers },
    });
}

export function problem(
  status: number,
  code: ProblemCode,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Step {
  return () =>
    new Response(
      JSON.stringify({
        type: PROBLEM_TYPE_BASE + code,
        title: code,
        status,
        code,
        requestId: `req_${status}`,
        ...extra,
      }),
      { status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers } },
    );
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Step {
  return () => new Response(body, { status, headers: { 'content-type': 'text/html', ...headers } });
}

export const networkFailure: Step = () => {
  throw new TypeError('fetch failed');
};

/** Never answers; settles only when the request is aborted (by a timeout or the caller). */
export const hang: Step = (request) =>
  new Promise((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
