import { randomBytes } from 'node:crypto';
import type { Page, PageQuery, WebhookEndpoint, WebhookEndpointInput } from '@partnerkit/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { afterCursor, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { toWebhookEndpoint } from './serialize.js';
import { refuseWebhookTarget } from './targets.js';
import { webhookEndpoints, type WebhookEndpointRow } from './webhooks.table.js';

const notFound = () => new ProblemError('not_found', { detail: 'No such webhook endpoint' });

export async function createWebhookEndpoint(
  db: Db,
  tenantId: string,
  input: WebhookEndpointInput,
  options: { allowPrivateTargets: boolean; now: Date },
): Promise<WebhookEndpointRow> {
  const refusal = await refuseWebhookTarget(input.url, options.allowPrivateTargets);
  if (refusal) {
    throw new ProblemError('validation_failed', {
      errors: [{ path: 'url', code: 'webhook_target_refused', message: refusal }],
    });
  }
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      id: newId('we'),
      tenantId,
      url: input.url,
      eventTypes: [...new Set(input.eventTypes)],
      description: input.description ?? null,
      secret: `whsec_${randomBytes(24).toString('base64url')}`,
      createdAt: options.now,
    })
    .returning();
  if (!row) throw new Error('webhook endpoint insert returned nothing');
  return row;
}

export async function getWebhookEndpoint(
  db: Db,
  tenantId: string,
  id: string,
): Promise<WebhookEndpointRow> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function listWebhookEndpoints(
  db: Db,
  tenantId: string,
  query: PageQuery,
): Promise<Page<WebhookEndpoint>> {
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.tenantId, tenantId), afterCursor(webhookEndpoints, query.cursor)),
    )
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, toWebhookEndpoint);
}

/** Deleting stops deliveries at once: pending ones go with the endpoint. */
export async function deleteWebhookEndpoint(db: Db, tenantId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
    .returning({ id: webhookEndpoints.id });
  if (!deleted.length) throw notFound();
}
