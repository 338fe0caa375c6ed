import type { DatabaseOptions } from '../db/database.js';
import type { WorkerOptions } from '../jobs/workers.js';

/** `DATABASE_URL` selects PostgreSQL; otherwise PGlite in `DATA_DIR` (or its default). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.DATA_DIR };
}

export function listenOptionsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  return { port, hostname: env.HOST ?? '127.0.0.1' };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
}

/** Short delays make the webhook retry and crash-recovery tests run in seconds. */
export function workerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  return {
    webhooks: {
      retryLimit: positiveNumber(env, 'WEBHOOK_RETRY_LIMIT'),
      retryDelaySeconds: positiveNumber(env, 'WEBHOOK_RETRY_DELAY_SECONDS'),
      timeoutMs: positiveNumber(env, 'WEBHOOK_TIMEOUT_MS'),
    },
    maintenanceIntervalSeconds: positiveNumber(env, 'JOBS_MAINTENANCE_SECONDS'),
    eventRetentionDays: positiveNumber(env, 'EVENT_RETENTION_DAYS'),
  };
}
