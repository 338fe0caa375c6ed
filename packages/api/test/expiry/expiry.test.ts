import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { runExpiry } from '../../src/expiry/expire.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { dealInput, partnerTokens, register } from '../deals/builders.js';
import { DAY, call, describeBackends, seedTestTenant } from '../support/index.js';

describeBackends('deal expiry and reminders', (ctx) => {
  async function approvedDeal(settings?: { expiryReminderDays: number }) {
    ctx.clock.set('2026-01-01T09:00:00Z');
    const tenant = await seedTestTenant(ctx.database, { settings });
    const tokens = await partnerTokens(ctx.app, tenant);
    const deal = (await register(ctx.app, tokens.dach, dealInput(tenant))).body;
    expect(deal.status).toBe('approved');
    return { tenant, tokens, deal, protectedUntil: Date.parse(deal.protectedUntil) };
  }

  const notifications = (dealId: string) =>
    ctx.database.db
      .select({ type: outboxEvents.type, payload: outboxEvents.payload })
      .from(outboxEvents)
      .where(eq(outboxEvents.dealId, dealId))
      .orderBy(asc(outboxEvents.seq));
  const typesOf = async (dealId: string) => (await notifications(dealId)).map((n) => n.type);
  const run = (at: number) => runExpiry(ctx.database.db, new Date(at));

  it('releases an approved deal once its protection has ended, not before', async () => {
    const { tenant, tokens, deal, protectedUntil } = await approvedDeal();
    expect(await run(protectedUntil - 1000)).toMatchObject({ expired: 0 });
    expect(await run(protectedUntil + 1000)).toMatchObject({ expired: 1 });
    expect(await run(protectedUntil + 2000)).toMatchObject({ expired: 0 });

    const after = await call(ctx.app, 'GET', `/v1/deals/${deal.id}`, { auth: tokens.dach });
    expect(after.body).toMatchObject({ status: 'expired', protectedUntil: null });
    const timeline = await call(ctx.app, 'GET', `/v1/deals/${deal.id}/events`, {
      auth: tenant.secretKey,
    });
    expect(timeline.body.items.at(-1)).toMatchObject({
      type: 'expired',
      fromStatus: 'approved',
      toStatus: 'expired',
      actor: 'system',
    });
    const sent = await notifications(deal.id);
    expect(sent.at(-1)).toMatchObject({
      type: 'deal.expired',
      payload: { deal: { id: deal.id, status: 'expired' }, event: { type: 'expired' } },
    });
  });

  it('leaves won deals alone', async () => {
    const { tenant, deal, protectedUntil } = await approvedDeal();
    await call(ctx.app, 'POST', `/v1/deals/${deal.id}/transitions`, {
      auth: tenant.secretKey,
      body: { action: 'won' },
    });
    expect(await run(protectedUntil + DAY)).toEqual({ expired: 0, reminded: 0 });
  });

  it('reminds once, 7 days before the end, and again after an extension', async () => {
    const { tenant, deal, protectedUntil } = await approvedDeal();
    expect(await run(protectedUntil - 8 * DAY)).toMatchObject({ reminded: 0 });
    expect(await run(protectedUntil - 7 * DAY + 1000)).toMatchObject({ reminded: 1 });
    expect(await run(protectedUntil - 3 * DAY)).toMatchObject({ reminded: 0 });
    const reminders = (await notifications(deal.id)).filter((n) => n.type === 'deal.reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.payload).toMatchObject({ deal: { id: deal.id }, event: null });

    ctx.clock.set(new Date(protectedUntil - 3 * DAY));
    const tokens = await partnerTokens(ctx.app, tenant);
    const asked = await call(ctx.app, 'POST', `/v1/deals/${deal.id}/extension-requests`, {
      auth: tokens.dach,
      body: { reason: 'The board meets next month' },
    });
    expect(asked.status).toBe(201);
    const granted = await call(ctx.app, 'POST', `/v1/deals/${deal.id}/transitions`, {
      auth: tenant.secretKey,
      body: { action: 'grant_extension' },
    });
    const extendedUntil = Date.parse(granted.body.protectedUntil);
    expect(extendedUntil).toBe(protectedUntil + 30 * DAY);

    expect(await run(protectedUntil + DAY)).toEqual({ expired: 0, reminded: 0 });
    expect(await run(extendedUntil - 6 * DAY)).toMatchObject({ reminded: 1 });
    expect(await typesOf(deal.id)).toEqual([
      'deal.submitted',
      'deal.approved',
      'deal.reminder',
      'deal.extension_requested',
      'deal.extension_granted',
      'deal.reminder',
    ]);
  });

  it("follows the tenant's reminder days", async () => {
    const { deal, protectedUntil } = await approvedDeal({ expiryReminderDays: 2 });
    expect(await run(protectedUntil - 3 * DAY)).toMatchObject({ reminded: 0 });
    expect(await run(protectedUntil - 2 * DAY + 1000)).toMatchObject({ reminded: 1 });
    expect(await typesOf(deal.id)).toContain('deal.reminder');
  });
});
