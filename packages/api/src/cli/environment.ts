import { join } from 'node:path';
import { DEFAULT_DATA_DIR, type DatabaseOptions } from '../db/database.js';
import type { FileStoreOptions } from '../files/file-store.js';
import type { WorkerOptions } from '../jobs/workers.js';

/** `DATABASE_URL` selects PostgreSQL; otherwise PGlite in `DATA_DIR` (or its default). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.DATA_DIR };
}

/**
 * `S3_BUCKET` selects an S3-compatible store (`S3_ENDPOINT`, `S3_REGION`; credentials from the
 * AWS SDK's default chain); otherwise the disk, in `FILES_DIR` or `files/` of the data folder,
 * with PostgreSQL too. PGlite starts and initialises its folder with that one inside.
 */
export function fileStoreOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): FileStoreOptions {
  if (env.S3_BUCKET) {
    return {
      kind: 's3',
      bucket: env.S3_BUCKET,
      ...(env.S3_ENDPOINT && { endpoint: env.S3_ENDPOINT }),
      ...(env.S3_REGION && { region: env.S3_REGION }),
    };
  }
  return { kind: 'disk', dir: env.FILES_DIR || join(env.DATA_DIR || DEFAULT_DATA_DIR, 'files') };
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
