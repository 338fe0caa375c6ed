import { DealNotification } from '@partnerkit/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { quietLogger } from '../../src/http/logger.js';
import { startWorkers, type Workers } from '../../src/jobs/workers.js';
import { verifyWebhookSignature } from '../../src/webhooks/signature.js';
import { dealInput, partnerTokens, register } from '../deals/builders.js';
import { call, describeBackends, seedTestTenant } from '../support/index.js';
import { startReceiver, type Behaviour, type Receiver } from './receiver.js';

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describeBackends('webhooks', (ctx) => {
  let workers: Workers;
  let receiver: Receiver | undefined;

  beforeAll(async () => {
    workers = await startWorkers(ctx.database, {
      logger: quietLogger,
      webhooks: { retryLimit: 3, retryDelaySeconds: 1, timeoutMs: 3000, concurrency: 2 },
      pollingIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      dispatchIntervalMs: 300,
      expiryCron: null,
      retentionCron: null,
    });
  });
  afterAll(async () => {
    await workers.stop();
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  async function setup(script?: (index: number) => Behaviour, eventTypes = ['*']) {
    const tenant = await seedTestTenant(ctx.database);
    receiver = await startReceiver(script);
    const created = await call(ctx.app, 'POST', '/v1/webhook-endpoints', {
      auth: tenant.secretKey,
      body: { url: receiver.url, eventTypes, description: 'CRM' },
    });
    expect(created.status).toBe(201);
    const tokens = await partnerTokens(ctx.app, tenant);
    return { tenant, tokens, endpoint: created.body, receiver };
  }

  const deliveriesOf = (secretKey: string, endpointId: string) =>
    call(ctx.app, 'GET', `/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`, {
      auth: secretKey,
    });

  function expectSigned(body: string, signature: string | string[] | undefined, secret: string) {
    expect(typeof signature).toBe('string');
    expect(verifyWebhookSignature({ body, header: signature as string, secret })).toBe(true);
    expect(verifyWebhookSignature({ body: `${body} `, header: signature as string, secret })).toBe(
      false,
    );
  }

  describe('endpoints', () => {
    it('creates with a secret shown once, lists, gets and deletes', async () => {
      const { tenant, endpoint } = await setup();
      expect(endpoint).toMatchObject({
        id: expect.stringMatching(/^we_/),
        eventTypes: ['*'],
        description: 'CRM',
        secret: expect.stringMatching(/^whsec_/),
      });
      const list = await call(ctx.app, 'GET', '/v1/webhook-endpoints', { auth: tenant.secretKey });
      expect(list.body.items).toEqual([{ ...endpoint, secret: undefined }].map(stripUndefined));
      const one = await call(ctx.app, 'GET', `/v1/webhook-endpoints/${endpoint.id}`, {
        auth: tenant.secretKey,
      });
      expect(one.body.secret).toBeUndefined();
      const removed = await call(ctx.app, 'DELETE', `/v1/webhook-endpoints/${endpoint.id}`, {
        auth: tenant.secretKey,
      });
      expect(removed.status).toBe(204);
      const gone = await call(ctx.app, 'GET', `/v1/webhook-endpoints/${endpoint.id}`, {
        auth: tenant.secretKey,
      });
      expect(gone.status).toBe(404);
    });

    it('refuses non-http URLs, partner sessions and other tenants', async () => {
      const { tenant, tokens, endpoint } = await setup();
      const ftp = await call(ctx.app, 'POST', '/v1/webhook-endpoints', {
        auth: tenant.secretKey,
        body: { url: 'ftp://crm.example.com/hook', eventTypes: ['*'] },
      });
      expect(ftp.status).toBe(400);
      const partner = await call(ctx.app, 'GET', '/v1/webhook-endpoints', { auth: tokens.dach });
      expect(partner.status).toBe(403);
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const foreign = await call(ctx.app, 'GET', `/v1/webhook-endpoints/${endpoint.id}`, {
        auth: other.secretKey,
      });
      expect(foreign.status).toBe(404);
    });
  });

  describe('deliveries', () => {
    it('posts every deal change, signed, with the event id header', async () => {
      const { tenant, tokens, endpoint, receiver } = await setup();
      const deal = await register(ctx.app, tokens.dach, dealInput(tenant));
      expect(deal.body.status).toBe('approved');
      const requests = await receiver.waitFor(2);
      const bodies = requests.map((request) => DealNotification.parse(JSON.parse(request.body)));
      expect(bodies.map((body) => body.type).sort()).toEqual(['deal.approved', 'deal.submitted']);
      for (const [index, request] of requests.entries()) {
        expect(request.headers['partnerkit-event-id']).toBe(bodies[index]!.id);
        expectSigned(request.body, request.headers['partnerkit-signature'], endpoint.secret);
        expect(bodies[index]!.data.deal).toMatchObject({ id: deal.body.id, status: 'approved' });
      }
      const log = await until(
        () => deliveriesOf(tenant.secretKey, endpoint.id),
        (result) =>
          result.body.items.length === 2 &&
          result.body.items.every((item: { status: string }) => item.status === 'delivered'),
      );
      expect(log.body.items[0].attempts).toEqual([
        expect.objectContaining({ attempt: 1, statusCode: 200, error: null }),
      ]);
    });

    it('only sends the subscribed types', async () => {
      const { tenant, tokens, receiver } = await setup(undefined, ['deal.won']);
      const deal = await register(ctx.app, tokens.dach, dealInput(tenant));
      await call(ctx.app, 'POST', `/v1/deals/${deal.body.id}/transitions`, {
        auth: tenant.secretKey,
        body: { action: 'won' },
      });
      const [request] = await receiver.waitFor(1);
      await workers.flush();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(receiver.requests).toHaveLength(1);
      expect(JSON.parse(request!.body).type).toBe('deal.won');
    });

    it('retries through failures and a timeout until it is delivered, once per event', async () => {
      // 500, then a hang past the 3 s timeout, then 503, then success.
      const plan: Behaviour[] = [500, 'hang', 503];
      const { tenant, tokens, endpoint, receiver } = await setup(
        (index) => plan[index] ?? 200,
        ['deal.submitted'],
      );
      await register(ctx.app, tokens.dach, dealInput(tenant));
      const requests = await receiver.waitFor(4, 40_000);
      const ids = new Set(requests.map((request) => request.headers['partnerkit-event-id']));
      expect(ids.size).toBe(1);
      for (const request of requests) {
        expectSigned(request.body, request.headers['partnerkit-signature'], endpoint.secret);
      }
      const log = await until(
        () => deliveriesOf(tenant.secretKey, endpoint.id),
        (result) => result.body.items[0]?.status === 'delivered',
      );
      const [delivery] = log.body.items;
      expect(delivery.attempts.map((a: { statusCode: number | null }) => a.statusCode)).toEqual([
        500,
        null,
        503,
        200,
      ]);
      expect(delivery.attempts[1].error).toMatch(/timed out/i);
      expect(delivery.attempts[0].durationMs).toBeGreaterThanOrEqual(0);
      // Backoff: each retry waits at least as long as the one before (1 s, then 2 s…).
      const gaps = requests.slice(1).map((request, index) => request.at - requests[index]!.at);
      expect(gaps[0]).toBeGreaterThanOrEqual(900);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(receiver.requests).toHaveLength(4);
    }, 60_000);

    it('marks a delivery failed after the last retry, and redelivers it on request', async () => {
      let healthy = false;
      const { tenant, tokens, endpoint, receiver } = await setup(
        () => (healthy ? 204 : 500),
        ['deal.submitted'],
      );
      await register(ctx.app, tokens.dach, dealInput(tenant));
      const failed = await until(
        () => deliveriesOf(tenant.secretKey, endpoint.id),
        (result) => result.body.items[0]?.status === 'failed',
        60_000,
      );
      expect(failed.body.items[0].attempts).toHaveLength(4);
      healthy = true;
      const redelivered = await call(
        ctx.app,
        'POST',
        `/v1/webhook-endpoints/${endpoint.id}/deliveries/${failed.body.items[0].id}/redeliver`,
        { auth: tenant.secretKey },
      );
      expect(redelivered.status).toBe(202);
      expect(redelivered.body.status).toBe('pending');
      const done = await until(
        () => deliveriesOf(tenant.secretKey, endpoint.id),
        (result) => result.body.items[0]?.status === 'delivered',
      );
      expect(done.body.items[0].attempts.at(-1)).toMatchObject({ attempt: 5, statusCode: 204 });
      const ids = new Set(receiver.requests.map((r) => r.headers['partnerkit-event-id']));
      expect(ids.size).toBe(1);
    }, 90_000);
  });
});

function stripUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
