export { createApp, type App, type AppOptions } from './app.js';
export { createDatabase, type Database, type DatabaseOptions } from './db/database.js';
export { migrate } from './db/migrate.js';
export { seedDemo, type DemoSeedResult } from './seed/demo.js';
export { runExpiry, type ExpiryResult } from './expiry/expire.js';
export { startWorkers, type WorkerOptions, type Workers } from './jobs/workers.js';
export { LiveHub } from './live/hub.js';
export {
  signWebhookPayload,
  verifyWebhookSignature,
  type VerifyWebhookOptions,
} from './webhooks/signature.js';
