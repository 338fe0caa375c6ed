import { WEBHOOK_EVENT_ID_HEADER, WEBHOOK_SIGNATURE_HEADER } from '@partnerkit/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { rowsOf } from '../db/rows.js';
import type { Clock } from '../http/env.js';
import { outboxEvents } from '../outbox/outbox.table.js';
import { toNotification } from '../outbox/record.js';
import { signWebhookPayload } from './signature.js';
import { postDelivery } from './post.js';
import { refuseWebhookTarget } from './targets.js';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from './webhooks.table.js';

export interface DeliveryJob {
  deliveryId: string;
  generation: number;
}

export interface DeliverOptions {
  clock: Clock;
  timeoutMs: number;
  allowPrivateTargets: boolean;
  /** Whether the queue will try again after a failure; when not, the delivery is `failed`. */
  finalAttempt: boolean;
}

export type DeliveryOutcome = 'delivered' | 'skipped';

/** A failed attempt: thrown so the job queue schedules the next one. */
export class DeliveryFailedError extends Error {
  override name = 'DeliveryFailedError';
}

function describeError(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return 'Timed out waiting for the response';
  }
  const { code } = (error ?? {}) as { code?: unknown };
  if (typeof code === 'string') {
    return code === 'EPRIVATETARGET'
      ? 'The URL points at a private or loopback address'
      : `Request failed: ${code}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * One attempt of one delivery: POSTs the signed event, logs the attempt, and marks the
 * delivery delivered on a 2xx. Stands down when a newer generation (a redelivery) or an
 * earlier success made this job pointless, so a job run twice never posts twice after success.
 */
export async function attemptDelivery(
  db: Db,
  job: DeliveryJob,
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const [row] = await db
    .select({
      delivery: webhookDeliveries,
      url: webhookEndpoints.url,
      secret: webhookEndpoints.secret,
      event: outboxEvents,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.id, job.deliveryId));
  if (!row) return 'skipped';
  const { delivery, event } = row;
  if (delivery.status === 'delivered' || job.generation < delivery.generation) return 'skipped';

  const body = JSON.stringify(toNotification(event));
  const timestamp = Math.floor(options.clock().getTime() / 1000);
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'PartnerKit-Webhooks/1',
    [WEBHOOK_SIGNATURE_HEADER]: signWebhookPayload(row.secret, timestamp, body),
    [WEBHOOK_EVENT_ID_HEADER]: event.id,
  };

  const started = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  const refusal = await refuseWebhookTarget(row.url, options.allowPrivateTargets);
  if (refusal) {
    error = refusal;
  } else {
    try {
      statusCode = await postDelivery(row.url, headers, body, options);
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (caught) {
      error = describeError(caught);
    }
  }
  const durationMs = Math.round(performance.now() - started);
  const now = options.clock();
  const delivered = error === null;

  await db.transaction(async (tx) => {
    const [counted] = rowsOf<{ n: number }>(
      await tx.execute(
        sql`select coalesce(max(attempt), 0)::int as n from webhook_attempts where delivery_id = ${delivery.id}`,
      ),
    );
    await tx.insert(webhookAttempts).values({
      id: newId('wha'),
      deliveryId: delivery.id,
      attempt: (counted?.n ?? 0) + 1,
      statusCode,
      durationMs,
      error,
      createdAt: now,
    });
    if (delivered || options.finalAttempt) {
      await tx
        .update(webhookDeliveries)
        .set(delivered ? { status: 'delivered', deliveredAt: now } : { status: 'failed' })
        .where(
          and(
            eq(webhookDeliveries.id, delivery.id),
            eq(webhookDeliveries.generation, job.generation),
          ),
        );
    }
  });
  if (!delivered) throw new DeliveryFailedError(error ?? 'Delivery failed');
  return 'delivered';
}
