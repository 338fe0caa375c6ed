import { join } from 'node:path';
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { MAX_FILE_BYTES } from '@partnerkit/contracts';
import * as z from 'zod';
import { DEFAULT_DATA_DIR, type Database } from './db/database.js';
import { accountRoutes } from './accounts/accounts.routes.js';
import { dealFormRoutes } from './deals/deal-form.routes.js';
import { dealRoutes } from './deals/deals.routes.js';
import { docsRoutes } from './docs/docs.routes.js';
import { openApiHandler } from './docs/openapi.js';
import { DiskFileStore, type FileStore } from './files/file-store.js';
import { fileRoutes } from './files/files.routes.js';
import { MULTIPART_OVERHEAD_BYTES } from './files/upload.js';
import { healthRoutes } from './health/health.routes.js';
import type { AppEnv, Clock } from './http/env.js';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './http/idempotency.js';
import { jsonLogger, type Logger } from './http/logger.js';
import { LiveHub } from './live/hub.js';
import { liveRoutes } from './live/live.routes.js';
import { ProblemError, notFound, onError, problemResponse } from './http/problem.js';
import { requestContext } from './http/request-context.js';
import { declaredBodyLimit } from './http/body-limit.js';
import { anyOriginCors } from './http/cors.js';
import { mdfRoutes } from './mdf/mdf.routes.js';
import { meRoutes } from './me/me.routes.js';
import { sessionRoutes } from './sessions/sessions.routes.js';
import { defaultAllowPrivateTargets } from './webhooks/targets.js';
import { webhookEndpointRoutes } from './webhooks/webhooks.routes.js';

// English validation messages on the server; the browser bundles stay free of classic zod.
z.config(z.locales.en());

const ACCOUNT_IMPORT_PATH = '/v1/accounts/import';
/**
 * An import may hold `MAX_ACCOUNTS_PER_IMPORT` (10,000) accounts: about 1.5 KB each at the
 * schema's longest name, domain and id in multi-byte letters, so 16 MiB; typical ones are 150 B.
 */
const ACCOUNT_IMPORT_MAX_BYTES = 16 * 1024 * 1024;
const FILES_PATH = '/v1/files';

export interface AppOptions {
  database: Database;
  /** Defaults to the wall clock; tests pass one they can move. */
  clock?: Clock;
  /** Defaults to JSON lines on stdout/stderr. */
  logger?: Logger;
  /** Largest accepted request body (default 1 MiB), but for an accounts import. */
  maxBodyBytes?: number;
  /**
   * Accept webhook URLs on private and loopback addresses. Defaults to true outside
   * `NODE_ENV=production`; keep it false where tenants are not trusted (SSRF).
   */
  allowPrivateWebhookTargets?: boolean;
  /** Wakes `GET /v1/events` streams; one per process, closed by its owner. Created lazily if absent. */
  liveHub?: LiveHub;
  /** Heartbeat interval of `GET /v1/events` (default 15 s). */
  liveHeartbeatMs?: number;
  /** Where uploaded files' bytes go; defaults to the disk, in `files/` of the default data folder. */
  fileStore?: FileStore;
}

export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>();

  app.use(
    requestContext({
      database: options.database,
      clock: options.clock ?? (() => new Date()),
      logger: options.logger ?? jsonLogger,
    }),
  );
  // Bearer credentials, no cookies: any origin may call; publishable keys check their own origins.
  app.use(
    anyOriginCors({
      allowHeaders: ['Authorization', 'Content-Type', IDEMPOTENCY_HEADER, 'X-Request-Id'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['X-Request-Id', REPLAYED_HEADER, 'Retry-After'],
      maxAgeSeconds: 600,
    }),
  );
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          c,
          new ProblemError('method_not_allowed', {
            detail: `${c.req.method} is not allowed here; use ${methods.join(', ')}`,
            headers: { Allow: methods.join(', ') },
          }),
        ),
    }),
  );
  const tooLarge = () => {
    throw new ProblemError('payload_too_large');
  };
  const defaultLimit = declaredBodyLimit({
    maxSize: options.maxBodyBytes ?? 1024 * 1024,
    onError: tooLarge,
  });
  const limits = new Map([
    [
      ACCOUNT_IMPORT_PATH,
      declaredBodyLimit({ maxSize: ACCOUNT_IMPORT_MAX_BYTES, onError: tooLarge }),
    ],
    [
      FILES_PATH,
      declaredBodyLimit({
        maxSize: MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES,
        onError: () => {
          throw new ProblemError('file_too_large', {
            detail: `Files may have up to ${MAX_FILE_BYTES} bytes`,
          });
        },
      }),
    ],
  ]);
  app.use((c, next) => (limits.get(c.req.path) ?? defaultLimit)(c, next));

  app.route('/healthz', healthRoutes);
  app.route('/v1/partner-sessions', sessionRoutes);
  app.route('/v1/me', meRoutes);
  app.route('/v1/deal-form', dealFormRoutes);
  app.route('/v1/deals', dealRoutes);
  app.route('/v1/mdf', mdfRoutes);
  app.route('/v1/accounts', accountRoutes);
  app.route(
    FILES_PATH,
    fileRoutes({
      store: options.fileStore ?? new DiskFileStore(join(DEFAULT_DATA_DIR, 'files')),
    }),
  );
  app.route(
    '/v1/webhook-endpoints',
    webhookEndpointRoutes({
      allowPrivateTargets: options.allowPrivateWebhookTargets ?? defaultAllowPrivateTargets(),
    }),
  );
  app.route(
    '/v1/events',
    liveRoutes(options.liveHub ?? new LiveHub(options.database), {
      heartbeatMs: options.liveHeartbeatMs,
    }),
  );
  app.route('/docs', docsRoutes);
  app.get('/openapi.json', openApiHandler(app));

  app.notFound(notFound);
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
