import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { newId } from '../db/ids.js';
import type { AppEnv, Clock } from './env.js';
import type { Logger } from './logger.js';

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Puts the app's services on the context, names the request (an incoming `X-Request-Id` is
 * kept so a trace crosses services) and writes one log line when it ends.
 */
export function requestContext(options: {
  database: Database;
  clock: Clock;
  logger: Logger;
}): MiddlewareHandler<AppEnv> {
  return async function requestContext(c, next) {
    const started = performance.now();
    const incoming = c.req.header('X-Request-Id');
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : newId('req');
    c.set('requestId', requestId);
    c.set('database', options.database);
    c.set('clock', options.clock);
    c.set('logger', options.logger);
    // Before the handler, so the response is created with it rather than copied to add it.
    c.header('X-Request-Id', requestId);
    await next();
    options.logger.info({
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
      tenantId: c.var.auth?.tenantId,
    });
  };
}
