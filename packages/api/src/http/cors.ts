import type { MiddlewareHandler } from 'hono';

/**
 * CORS for any origin, as Hono's `cors({ origin: '*' })` answers it. Hono's writes its headers
 * into `c.res` before the handler runs; the handler's response then replaces that placeholder and
 * Hono copies it into a new `Response`, reading its body as a stream (about a twentieth of the
 * API's CPU per registration). These go into the headers the handler's response is created with.
 */
export function anyOriginCors(options: {
  allowHeaders: readonly string[];
  allowMethods: readonly string[];
  exposeHeaders: readonly string[];
  maxAgeSeconds: number;
}): MiddlewareHandler {
  const exposeHeaders = options.exposeHeaders.join(',');
  const preflight = {
    'Access-Control-Max-Age': String(options.maxAgeSeconds),
    'Access-Control-Allow-Methods': options.allowMethods.join(','),
    'Access-Control-Allow-Headers': options.allowHeaders.join(','),
    Vary: 'Access-Control-Request-Headers',
  };
  return async function anyOriginCors(c, next) {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', exposeHeaders);
    if (c.req.method === 'OPTIONS') return c.body(null, 204, preflight);
    await next();
  };
}
