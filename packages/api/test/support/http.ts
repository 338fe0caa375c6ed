import type { App } from '../../src/app.js';

export interface CallOptions {
  /** Secret key, publishable key or session token, sent as a bearer credential. */
  auth?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** One request against the app without a port; JSON in, parsed JSON (or text) out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies loosely and assert on them
export async function call<T = any>(
  app: App,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth) headers.Authorization = `Bearer ${options.auth}`;
  if (options.body !== undefined) headers['Content-Type'] ??= 'application/json';
  const response = await app.request(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body: body as T };
}
