import {
  CreatedWebhookEndpoint,
  Id,
  Page,
  PageQuery,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointInput,
} from '@partnerkit/contracts';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { requireSecretKey } from '../auth/middleware.js';
import { describeEndpoint } from '../http/describe.js';
import type { AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { listDeliveries, redeliver } from './deliveries.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
} from './endpoints.js';
import { toWebhookEndpoint } from './serialize.js';

const EndpointParam = z.object({ id: Id });
const DeliveryParam = z.object({ id: Id, deliveryId: Id });
const tags = ['Webhooks'];

export interface WebhookRoutesOptions {
  /** Accept endpoints on private and loopback addresses (development and tests only). */
  allowPrivateTargets: boolean;
}

export function webhookEndpointRoutes(options: WebhookRoutesOptions) {
  return new Hono<AppEnv>()
    .post(
      '/',
      describeEndpoint({
        tags,
        summary: 'Add a webhook endpoint',
        description:
          'Deal notifications of the chosen types (`*` for all) are POSTed to the URL, signed ' +
          'with the returned `secret`, which is shown only here. See the README for verifying ' +
          '`PartnerKit-Signature`.',
        security: 'secret',
        idempotent: true,
        responses: {
          201: {
            description: 'The endpoint and its signing secret',
            schema: CreatedWebhookEndpoint,
          },
        },
        errors: [400, 401, 403, 415, 422],
      }),
      requireSecretKey(),
      idempotency(),
      validate('json', WebhookEndpointInput),
      async (c) => {
        const row = await createWebhookEndpoint(
          c.var.database.db,
          c.var.auth.tenantId,
          c.req.valid('json'),
          { allowPrivateTargets: options.allowPrivateTargets, now: c.var.clock() },
        );
        const created: CreatedWebhookEndpoint = { ...toWebhookEndpoint(row), secret: row.secret };
        return c.json(created, 201);
      },
    )
    .get(
      '/',
      describeEndpoint({
        tags,
        summary: 'List webhook endpoints',
        security: 'secret',
        responses: { 200: { description: 'A page of endpoints', schema: Page(WebhookEndpoint) } },
        errors: [400, 401, 403],
      }),
      requireSecretKey(),
      validate('query', PageQuery),
      async (c) =>
        c.json(
          await listWebhookEndpoints(c.var.database.db, c.var.auth.tenantId, c.req.valid('query')),
        ),
    )
    .get(
      '/:id',
      describeEndpoint({
        tags,
        summary: 'Get a webhook endpoint',
        security: 'secret',
        responses: { 200: { description: 'The endpoint', schema: WebhookEndpoint } },
        errors: [401, 403, 404],
      }),
      requireSecretKey(),
      validate('param', EndpointParam),
      async (c) => {
        const row = await getWebhookEndpoint(
          c.var.database.db,
          c.var.auth.tenantId,
          c.req.valid('param').id,
        );
        return c.json(toWebhookEndpoint(row) satisfies WebhookEndpoint);
      },
    )
    .delete(
      '/:id',
      describeEndpoint({
        tags,
        summary: 'Delete a webhook endpoint',
        description: 'Stops its deliveries, including retries still waiting.',
        security: 'secret',
        responses: { 204: { description: 'Deleted' } },
        errors: [401, 403, 404],
      }),
      requireSecretKey(),
      validate('param', EndpointParam),
      async (c) => {
        await deleteWebhookEndpoint(
          c.var.database.db,
          c.var.auth.tenantId,
          c.req.valid('param').id,
        );
        return c.body(null, 204);
      },
    )
    .get(
      '/:id/deliveries',
      describeEndpoint({
        tags,
        summary: "An endpoint's delivery log",
        description:
          'Newest first; every delivery with its attempts (status code, duration, error).',
        security: 'secret',
        responses: {
          200: { description: 'A page of deliveries', schema: Page(WebhookDelivery) },
        },
        errors: [400, 401, 403, 404],
      }),
      requireSecretKey(),
      validate('param', EndpointParam),
      validate('query', PageQuery),
      async (c) => {
        const { db } = c.var.database;
        const endpoint = await getWebhookEndpoint(db, c.var.auth.tenantId, c.req.valid('param').id);
        return c.json(
          await listDeliveries(db, c.var.auth.tenantId, endpoint.id, c.req.valid('query')),
        );
      },
    )
    .post(
      '/:id/deliveries/:deliveryId/redeliver',
      describeEndpoint({
        tags,
        summary: 'Send a delivery again',
        description: 'Queues the same event (same id) with a fresh round of retries.',
        security: 'secret',
        responses: { 202: { description: 'The delivery, pending again', schema: WebhookDelivery } },
        errors: [401, 403, 404],
      }),
      requireSecretKey(),
      validate('param', DeliveryParam),
      async (c) => {
        const { id, deliveryId } = c.req.valid('param');
        const delivery = await redeliver(c.var.database.db, c.var.auth.tenantId, id, deliveryId);
        return c.json(delivery satisfies WebhookDelivery, 202);
      },
    );
}
