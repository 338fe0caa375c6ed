import type PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';
import { runExpiry } from '../expiry/expire.js';
import { expireUnclaimedMdfRequests } from '../mdf/expiry.js';
import type { Clock } from '../http/env.js';
import { pruneIdempotencyKeys } from '../http/idempotency.js';
import { jsonLogger, type Logger } from '../http/logger.js';
import { createNotificationListener } from '../live/listener.js';
import { OUTBOX_CHANNEL } from '../outbox/channels.js';
import { deliveriesToQueue, dispatchOutbox, markQueued } from '../outbox/dispatcher.js';
import { DEFAULT_EVENT_RETENTION_DAYS, pruneOutbox } from '../outbox/retention.js';
import { attemptDelivery, type DeliveryJob } from '../webhooks/deliver.js';
import { defaultAllowPrivateTargets } from '../webhooks/targets.js';
import { createBoss } from './boss.js';
import { deliveryJobId } from './job-id.js';

export const WEBHOOK_QUEUE = 'webhook-delivery';
/** Any constant: held while a process sets up pg-boss. */
const SETUP_LOCK = 7_311_904;
export const EXPIRY_QUEUE = 'deal-expiry';
export const RETENTION_QUEUE = 'outbox-retention';
const DAY_MS = 86_400_000;

export interface WebhookRetryOptions {
  /** Retries after the first attempt (default 11: about a day with the default delay). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled (with jitter) for every next one (default 30). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  /** Deliveries in flight per process (default 4). */
  concurrency?: number;
}

export interface WorkerOptions {
  clock?: Clock;
  logger?: Logger;
  webhooks?: WebhookRetryOptions;
  allowPrivateWebhookTargets?: boolean;
  /** How often the outbox is looked at (default 250 ms): the latency of webhooks and live events. */
  dispatchIntervalMs?: number;
  /** How often workers look for due jobs (default 1 s; pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** See `createBoss`; also how soon a job of a killed process is retried. */
  maintenanceIntervalSeconds?: number;
  /** Cron for the expiry and reminder job (default every 10 minutes); `null` to not schedule. */
  expiryCron?: string | null;
  /** Days a told event stays, with its deliveries and their log (default 30). */
  eventRetentionDays?: number;
  /** Cron for deleting older events and idempotency keys (default hourly); `null` to not schedule. */
  retentionCron?: string | null;
}

/**
 * pg-boss's own setup (its schema, queues, schedules) deadlocks when several processes start
 * at the same moment; one at a time, it is quick. PGlite has only this process.
 */
async function withSetupLock(database: Database, setup: () => Promise<void>): Promise<void> {
  if (database.kind === 'pglite') return setup();
  const client = await database.client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SETUP_LOCK]);
    await setup();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [SETUP_LOCK]).catch(() => undefined);
    client.release();
  }
}

export interface Workers {
  /** Dispatches and queues what is pending now; resolves when done (tests, shutdown). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The API's background work, one set per process: the outbox dispatcher (polling, and woken by
 * NOTIFY for redeliveries), webhook delivery workers, and the expiry and retention schedules,
 * on pg-boss.
 * Any number of processes may run them against one database.
 */
export async function startWorkers(
  database: Database,
  options: WorkerOptions = {},
): Promise<Workers> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? jsonLogger;
  const retry = options.webhooks ?? {};
  const timeoutMs = retry.timeoutMs ?? 10_000;
  const allowPrivateTargets = options.allowPrivateWebhookTargets ?? defaultAllowPrivateTargets();
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;

  const boss = createBoss(database, {
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => logger.error({ msg: 'job queue error', error: error.message }));

  const queueOptions = {
    retryLimit: retry.retryLimit ?? 11,
    retryDelay: retry.retryDelaySeconds ?? 30,
    retryBackoff: retry.retryBackoff ?? true,
    // A job still active after this counts as crashed and is retried: a killed process's.
    expireInSeconds: Math.ceil(timeoutMs / 1000) + 5,
  };
  await withSetupLock(database, async () => {
    await boss.start();
    await boss.createQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, ...queueOptions });
    await boss.updateQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, ...queueOptions });
    if (options.expiryCron !== null) {
      await boss.createQueue(EXPIRY_QUEUE, { name: EXPIRY_QUEUE, retryLimit: 0 });
      await boss.schedule(EXPIRY_QUEUE, options.expiryCron ?? '*/10 * * * *');
    }
    if (options.retentionCron !== null) {
      await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, retryLimit: 0 });
      await boss.schedule(RETENTION_QUEUE, options.retentionCron ?? '17 * * * *');
    }
  });

  const deliver = async ([job]: PgBoss.JobWithMetadata<DeliveryJob>[]) => {
    if (!job) return;
    await attemptDelivery(database.db, job.data, {
      clock,
      timeoutMs,
      allowPrivateTargets,
      finalAttempt: job.retryCount >= job.retryLimit,
    });
  };
  const deliveryWorkers: string[] = [];
  for (let i = 0; i < (retry.concurrency ?? 4); i += 1) {
    deliveryWorkers.push(
      await boss.work<DeliveryJob>(
        WEBHOOK_QUEUE,
        { includeMetadata: true, pollingIntervalSeconds },
        deliver,
      ),
    );
  }

  if (options.expiryCron !== null) {
    await boss.work(EXPIRY_QUEUE, { pollingIntervalSeconds }, async () => {
      const now = clock();
      const result = await runExpiry(database.db, now);
      if (result.expired || result.reminded) logger.info({ msg: 'deal expiry', ...result });
      const mdfExpired = await expireUnclaimedMdfRequests(database.db, now);
      if (mdfExpired) logger.info({ msg: 'mdf expiry', expired: mdfExpired });
    });
  }

  if (options.retentionCron !== null) {
    const retentionDays = options.eventRetentionDays ?? DEFAULT_EVENT_RETENTION_DAYS;
    await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds }, async () => {
      const now = clock();
      const events = await pruneOutbox(
        database.db,
        new Date(now.getTime() - retentionDays * DAY_MS),
      );
      const idempotencyKeys = await pruneIdempotencyKeys(database.db, now);
      if (events || idempotencyKeys) {
        logger.info({ msg: 'retention', events, idempotencyKeys, retentionDays });
      }
    });
  }

  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function pump(): Promise<void> {
    while (!stopped && (await dispatchOutbox(database.db, clock())) > 0);
    const due = await deliveriesToQueue(database.db);
    for (const delivery of due) {
      if (stopped) return;
      const job: DeliveryJob = { deliveryId: delivery.id, generation: delivery.generation };
      await boss.send(WEBHOOK_QUEUE, job, {
        id: deliveryJobId(delivery.id, delivery.generation),
      });
      await markQueued(database.db, delivery.id, delivery.generation);
    }
    // New jobs go out now rather than at the workers' next poll.
    if (due.length) deliveryWorkers.forEach((id) => boss.notifyWorker(id));
  }

  /** One pump at a time; a wake during a pump runs one more after it. */
  function wake(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await pump();
        } catch (error) {
          logger.error({
            msg: 'outbox dispatch failed',
            error: error instanceof Error ? error.message : String(error),
          });
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const listener = createNotificationListener(database);
  const unlisten = await listener.listen(OUTBOX_CHANNEL, () => void wake());
  listener.onReconnect(() => void wake());
  const timer = setInterval(() => void wake(), options.dispatchIntervalMs ?? 250);
  timer.unref();
  void wake();

  return {
    flush: wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await unlisten();
      await listener.close();
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs + 2000 });
    },
  };
}
