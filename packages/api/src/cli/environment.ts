import type { DatabaseOptions } from '../db/database.js';

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
