import { DealNotification } from '@partnerkit/contracts';
import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { call, describeBackends, seedTestTenant } from '../support/index.js';
import { dealInput, partnerTokens, register } from './builders.js';

describeBackends('POST /v1/deals/{id}/info-responses', (ctx) => {
  async function setup() {
    ctx.clock.set('2026-11-23T10:00:00Z');
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    // A renewal of an existing customer goes to review, from where a manager can ask for info.
    await call(ctx.app, 'POST', '/v1/accounts/import', {
      auth: tenant.secretKey,
      body: { accounts: [{ name: 'Umbrella AG', domain: 'umbrella.de', country: 'DE' }] },
    });
    const deal = (
      await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, { name: 'Umbrella AG', domain: 'umbrella.de' }, { dealType: 'renewal' }),
      )
    ).body;
    const asked = await call(ctx.app, 'POST', `/v1/deals/${deal.id}/transitions`, {
      auth: tenant.secretKey,
      body: { action: 'request_info', note: 'Who signs on the customer side?' },
    });
    expect(asked.body.status).toBe('needs_info');
    const answer = (id: string, body: unknown, auth = tokens.dach, headers = {}) =>
      call(ctx.app, 'POST', `/v1/deals/${id}/info-responses`, { auth, body, headers });
    return { tenant, tokens, deal, answer };
  }

  it('takes the partner’s answer into the timeline and puts the deal back in review', async () => {
    const { tokens, deal, answer } = await setup();
    const { status, body } = await answer(deal.id, { answer: '  Dr. Anna Weber, CFO  ' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: deal.id,
      status: 'pending_review',
      reasons: [{ code: 'info_provided' }],
      protectedUntil: null,
    });
    const events = await call(ctx.app, 'GET', `/v1/deals/${deal.id}/events`, {
      auth: tokens.dach,
    });
    expect(events.body.items.at(-1)).toMatchObject({
      type: 'info_provided',
      fromStatus: 'needs_info',
      toStatus: 'pending_review',
      actor: 'partner',
      note: 'Dr. Anna Weber, CFO',
    });
  });

  it('tells the vendor through the outbox (webhooks, live updates) with the answer', async () => {
    const { deal, answer } = await setup();
    await answer(deal.id, { answer: 'Dr. Anna Weber, CFO' });
    const [told] = await ctx.database.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.dealId, deal.id))
      .orderBy(asc(outboxEvents.seq))
      .then((rows) => rows.slice(-1));
    expect(told?.type).toBe('deal.info_provided');
    const notification = DealNotification.parse({
      id: told!.id,
      type: told!.type,
      createdAt: told!.createdAt.toISOString(),
      data: told!.payload,
    });
    expect(notification.data.deal.status).toBe('pending_review');
    expect(notification.data.event).toMatchObject({
      type: 'info_provided',
      note: 'Dr. Anna Weber, CFO',
    });
  });

  it('answers once: a deal no longer in needs_info is a 409', async () => {
    const { deal, answer } = await setup();
    expect((await answer(deal.id, { answer: 'Anna Weber' })).status).toBe(200);
    const again = await answer(deal.id, { answer: 'Anna Weber, really' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invalid_transition');
  });

  it('is for the partner’s own deal only, and for a non-empty answer', async () => {
    const { tenant, tokens, deal, answer } = await setup();
    const foreign = await answer(deal.id, { answer: 'Mine now' }, tokens.northAmerica);
    expect(foreign.status).toBe(404);
    const unknown = await answer('deal_nope', { answer: 'Anna Weber' });
    expect(unknown.status).toBe(404);
    const empty = await answer(deal.id, { answer: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ path: 'answer' });
    const tooLong = await answer(deal.id, { answer: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    const bySecret = await answer(deal.id, { answer: 'Anna Weber' }, tenant.secretKey);
    expect(bySecret.status).toBe(403);
    const events = await call(ctx.app, 'GET', `/v1/deals/${deal.id}/events`, {
      auth: tokens.dach,
    });
    expect(events.body.items.at(-1).type).toBe('needs_info');
  });

  it('replays a retried answer with the same Idempotency-Key instead of 409', async () => {
    const { tokens, deal, answer } = await setup();
    const send = () =>
      answer(deal.id, { answer: 'Anna Weber' }, tokens.dach, { 'Idempotency-Key': 'answer-1' });
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body).toEqual(first.body);
  });
});
