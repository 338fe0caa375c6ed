import {
  MdfRequestNotification,
  MdfRequestNotificationData,
  type MdfRequestNotificationType,
} from '@partnerkit/contracts';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { mdfRequestEvents } from '../../src/mdf/requests.table.js';
import { dispatchOutbox } from '../../src/outbox/dispatcher.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { verifyWebhookSignature } from '../../src/webhooks/signature.js';
import { webhookDeliveries } from '../../src/webhooks/webhooks.table.js';
import { dealInput, partnerTokens, register } from '../deals/builders.js';
import { useLiveApp } from '../live/live-app.js';
import { call, describeBackends, seedTestTenant, type BackendContext } from '../support/index.js';
import { startReceiver, type Receiver } from '../webhooks/receiver.js';
import { claimInput, mdfApi, NOW, requestInput } from './builders.js';

/** A request walked through every step but rejection, and a second one rejected. */
async function walk(app: App, ctx: BackendContext) {
  ctx.clock.set(NOW);
  const tenant = await seedTestTenant(ctx.database);
  const tokens = await partnerTokens(app, tenant);
  const api = mdfApi(app, tenant);
  await api.allocate(tenant.dach, 10_000);
  const id = (await api.submit(tokens.dach, requestInput())).body.id as string;
  await api.move(id, { action: 'request_info' });
  await api.answer(tokens.dach, id, 'Agenda attached');
  await api.move(id, { action: 'approve' });
  await api.claim(tokens.dach, id, claimInput());
  await api.move(id, { action: 'reject_claim' });
  await api.claim(tokens.dach, id, claimInput());
  await api.move(id, { action: 'approve_claim' });
  await api.move(id, { action: 'mark_paid' });
  const rejected = (await api.submit(tokens.dach, requestInput())).body.id as string;
  await api.move(rejected, { action: 'reject' });
  return { tenant, tokens, api, id, rejected };
}

const WALK_TYPES: MdfRequestNotificationType[] = [
  'mdf_request.submitted',
  'mdf_request.needs_info',
  'mdf_request.info_provided',
  'mdf_request.approved',
  'mdf_request.claim_submitted',
  'mdf_request.claim_rejected',
  'mdf_request.claim_submitted',
  'mdf_request.claim_approved',
  'mdf_request.paid',
];

describeBackends('MDF notifications: outbox and webhooks', (ctx) => {
  it('queues one notification per timeline entry, with the request as the change left it', async () => {
    const { tenant, id, rejected } = await walk(ctx.app, ctx);
    const { db } = ctx.database;
    const outbox = await db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.mdfRequestId, id))
      .orderBy(asc(outboxEvents.seq));
    expect(outbox.map((row) => row.type)).toEqual(WALK_TYPES);
    const timeline = await db
      .select()
      .from(mdfRequestEvents)
      .where(eq(mdfRequestEvents.requestId, id))
      .orderBy(asc(mdfRequestEvents.seq));
    for (const [index, row] of outbox.entries()) {
      expect(row).toMatchObject({ tenantId: tenant.id, partnerId: tenant.dach.id, dealId: null });
      const data = MdfRequestNotificationData.parse(row.payload);
      expect(data.event.id).toBe(timeline[index]!.id);
      expect(data.request.status).toBe(data.event.toStatus);
    }
    const paid = MdfRequestNotificationData.parse(outbox.at(-1)!.payload);
    expect(paid.request).toMatchObject({ id, status: 'paid', paidAmount: { value: 1000 } });
    expect(paid.event.amount).toEqual({ value: 1000, currency: 'USD' });
    const other = await db
      .select({ type: outboxEvents.type })
      .from(outboxEvents)
      .where(eq(outboxEvents.mdfRequestId, rejected))
      .orderBy(asc(outboxEvents.seq));
    expect(other.map((row) => row.type)).toEqual(['mdf_request.submitted', 'mdf_request.rejected']);
  });

  it('writes no notification for a refused move', async () => {
    const { api, id } = await walk(ctx.app, ctx);
    const before = (await ctx.database.db.select().from(outboxEvents)).length;
    expect((await api.move(id, { action: 'approve' })).status).toBe(409);
    expect(await ctx.database.db.select().from(outboxEvents)).toHaveLength(before);
  });

  it('dispatches mdf_request.* to endpoints of ["*"] and of that type only', async () => {
    ctx.clock.set(NOW);
    const tenant = await seedTestTenant(ctx.database);
    const endpoints: Record<string, string> = {};
    for (const [name, eventTypes] of [
      ['all', ['*']],
      ['deals', ['deal.approved']],
      ['paid', ['mdf_request.paid', 'mdf_request.approved']],
    ] as const) {
      const created = await call(ctx.app, 'POST', '/v1/webhook-endpoints', {
        auth: tenant.secretKey,
        body: { url: 'http://127.0.0.1:9/hook', eventTypes },
      });
      expect(created.status).toBe(201);
      endpoints[name] = created.body.id;
    }
    const unknown = await call(ctx.app, 'POST', '/v1/webhook-endpoints', {
      auth: tenant.secretKey,
      body: { url: 'http://127.0.0.1:9/hook', eventTypes: ['mdf_request.refunded'] },
    });
    expect(unknown.status).toBe(400);
    const tokens = await partnerTokens(ctx.app, tenant);
    const api = mdfApi(ctx.app, tenant);
    await api.allocate(tenant.dach, 10_000);
    const id = (await api.submit(tokens.dach, requestInput())).body.id as string;
    await api.move(id, { action: 'approve' });
    await register(ctx.app, tokens.dach, dealInput(tenant));
    const { db } = ctx.database;
    expect(await dispatchOutbox(db, ctx.clock.now())).toBe(4);
    const deliveries = await db
      .select({ endpointId: webhookDeliveries.endpointId, type: webhookDeliveries.eventType })
      .from(webhookDeliveries)
      .where(inArray(webhookDeliveries.endpointId, Object.values(endpoints)));
    const of = (name: string) =>
      deliveries
        .filter((d) => d.endpointId === endpoints[name])
        .map((d) => d.type)
        .sort();
    expect(of('all')).toEqual([
      'deal.approved',
      'deal.submitted',
      'mdf_request.approved',
      'mdf_request.submitted',
    ]);
    expect(of('deals')).toEqual(['deal.approved']);
    expect(of('paid')).toEqual(['mdf_request.approved']);
    const log = await call(ctx.app, 'GET', `/v1/webhook-endpoints/${endpoints.paid}/deliveries`, {
      auth: tenant.secretKey,
    });
    expect(log.status).toBe(200);
    expect(log.body.items.map((d: { eventType: string }) => d.eventType)).toEqual([
      'mdf_request.approved',
    ]);
  });
});

describeBackends('MDF notifications: signed deliveries and live streams', (ctx) => {
  const live = useLiveApp(ctx, {
    webhooks: { retryLimit: 1, retryDelaySeconds: 1, timeoutMs: 3000, concurrency: 2 },
  });
  const subscribe = live.subscribe;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('posts each change signed to a "*" endpoint as an MdfRequestNotification', async () => {
    ctx.clock.reset();
    const tenant = await seedTestTenant(ctx.database);
    receiver = await startReceiver();
    const endpoint = await call(live.app, 'POST', '/v1/webhook-endpoints', {
      auth: tenant.secretKey,
      body: { url: receiver.url, eventTypes: ['*'] },
    });
    const tokens = await partnerTokens(live.app, tenant);
    const api = mdfApi(live.app, tenant);
    const today = new Date().toISOString().slice(0, 10);
    await api.allocate(tenant.dach, 10_000, 'USD', { start: today, end: today });
    const id = (await api.submit(tokens.dach, requestInput({ startDate: today, endDate: today })))
      .body.id as string;
    await api.move(id, { action: 'approve', approvedAmount: { value: 700, currency: 'USD' } });
    const requests = await receiver.waitFor(2);
    const bodies = requests.map((request) =>
      MdfRequestNotification.parse(JSON.parse(request.body)),
    );
    expect(bodies.map((body) => body.type).sort()).toEqual([
      'mdf_request.approved',
      'mdf_request.submitted',
    ]);
    for (const [index, request] of requests.entries()) {
      expect(request.headers['partnerkit-event-id']).toBe(bodies[index]!.id);
      expect(
        verifyWebhookSignature({
          body: request.body,
          header: request.headers['partnerkit-signature'] as string,
          secret: endpoint.body.secret,
        }),
      ).toBe(true);
    }
    const approved = bodies.find((body) => body.type === 'mdf_request.approved')!;
    expect(approved.data.request).toMatchObject({ id, approvedAmount: { value: 700 } });
  });

  it("streams the partner's own MDF changes as mdf_request.updated, beside its deal changes", async () => {
    ctx.clock.reset();
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(live.app, tenant);
    const api = mdfApi(live.app, tenant);
    const today = new Date().toISOString().slice(0, 10);
    await api.allocate(tenant.dach, 10_000, 'USD', { start: today, end: today });
    const dach = await subscribe(tokens.dach);
    const northAmerica = await subscribe(tokens.northAmerica);
    const id = (await api.submit(tokens.dach, requestInput({ startDate: today, endDate: today })))
      .body.id as string;
    await api.move(id, { action: 'reject', note: 'Outside this quarter’s plan' });
    const messages = await dach.next(2);
    expect(messages.map((m) => m.event)).toEqual(['mdf_request.updated', 'mdf_request.updated']);
    const [submitted, rejected] = messages.map((m) =>
      MdfRequestNotification.parse(JSON.parse(m.data)),
    );
    expect([submitted!.type, rejected!.type]).toEqual([
      'mdf_request.submitted',
      'mdf_request.rejected',
    ]);
    expect(rejected!.data.request).toMatchObject({
      id,
      status: 'rejected',
      partnerId: tenant.dach.id,
    });
    expect(rejected!.data.event.note).toBe('Outside this quarter’s plan');
    expect(messages[1]!.id).toBe(rejected!.id);

    // Deal changes keep their event name and shape on the same stream.
    await register(live.app, tokens.dach, dealInput(tenant));
    const deals = await dach.next(4);
    expect(deals.slice(2).map((m) => m.event)).toEqual(['deal.updated', 'deal.updated']);
    expect(JSON.parse(deals[3]!.data).data.deal).toMatchObject({ partnerId: tenant.dach.id });

    await live.workers.flush();
    await northAmerica.waitForComments(3);
    expect(northAmerica.messages).toEqual([]);
  });
});
