import { Hono } from 'hono';
import type { AppEnv } from '../../src/http/env.js';
import { quietLogger, type Logger } from '../../src/http/logger.js';
import { notFound, onError } from '../../src/http/problem.js';
import { requestContext } from '../../src/http/request-context.js';
import type { BackendContext } from './backends.js';

/**
 * The app's request context and error handling around routes a test defines, to exercise
 * middleware (auth kinds, idempotency, failures) on endpoints the product does not have.
 */
export function platformApp(
  ctx: BackendContext,
  routes: (app: Hono<AppEnv>) => void,
  logger: Logger = quietLogger,
): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestContext({ database: ctx.database, clock: ctx.clock.now, logger }));
  routes(app);
  app.notFound(notFound);
  app.onError(onError);
  return app;
}
