import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dealEvents } from '../../src/deals/deal-events.table.js';
import { dispatchOutbox } from '../../src/outbox/dispatcher.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { webhookDeliveries } from '../../src/webhooks/webhooks.table.js';
import { dealInput, partnerTokens, register } from '../deals/builders.js';
import { call, describeBackends, seedTestTenant } from '../support/index.js';

describeBackends('deal outbox', (ctx) => {
  async function setup() {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    const deal = (await register(ctx.app, tokens.dach, dealInput(tenant))).body;
    return { tenant, tokens, deal };
  }

  it('holds one notification per timeline event, with the deal as it was after the change', async () => {
    const { tenant, deal } = await setup();
    await call(ctx.app, 'POST', `/v1/deals/${deal.id}/transitions`, {
      auth: tenant.secretKey,
      body: { action: 'won' },
    });
    const { db } = ctx.database;
    const timeline = await db
      .select()
      .from(dealEvents)
      .where(eq(dealEvents.dealId, deal.id))
      .orderBy(asc(dealEvents.seq));
    const outbox = await db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.dealId, deal.id))
      .orderBy(asc(outboxEvents.seq));
    expect(outbox.map((row) => row.payload.event?.id)).toEqual(timeline.map((row) => row.id));
    expect(outbox.map((row) => row.type)).toEqual(['deal.submitted', 'deal.approved', 'deal.won']);
    expect(outbox.at(-1)).toMatchObject({
      tenantId: tenant.id,
      partnerId: tenant.dach.id,
      payload: { deal: { id: deal.id, status: 'won', protectedUntil: null } },
    });
  });

  it('writes nothing when the change is refused', async () => {
    const { tenant, deal } = await setup();
    const before = await ctx.database.db.select().from(outboxEvents);
    const refused = await call(ctx.app, 'POST', `/v1/deals/${deal.id}/transitions`, {
      auth: tenant.secretKey,
      body: { action: 'request_info' },
    });
    expect(refused.status).toBe(409);
    expect(await ctx.database.db.select().from(outboxEvents)).toHaveLength(before.length);
  });

  it('dispatches each event once: stream order, one delivery per endpoint', async () => {
    const { tenant, deal } = await setup();
    for (const eventTypes of [['*'], ['deal.approved']]) {
      await call(ctx.app, 'POST', '/v1/webhook-endpoints', {
        auth: tenant.secretKey,
        body: { url: 'http://127.0.0.1:9/hook', eventTypes },
      });
    }
    const { db } = ctx.database;
    expect(await dispatchOutbox(db, new Date())).toBe(2);
    await call(ctx.app, 'POST', `/v1/deals/${deal.id}/transitions`, {
      auth: tenant.secretKey,
      body: { action: 'lost' },
    });
    expect(await dispatchOutbox(db, new Date())).toBe(1);
    expect(await dispatchOutbox(db, new Date())).toBe(0);
    const rows = await db.select().from(outboxEvents).orderBy(asc(outboxEvents.seq));
    expect(rows.map((row) => row.streamSeq)).toEqual([1, 2, 3]);
    const deliveries = await db.select().from(webhookDeliveries);
    expect(deliveries.map((row) => row.eventType).sort()).toEqual([
      'deal.approved',
      'deal.approved',
      'deal.lost',
      'deal.submitted',
    ]);
    expect(new Set(deliveries.map((row) => `${row.endpointId}/${row.eventId}`)).size).toBe(4);
  });
});
