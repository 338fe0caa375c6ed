import { DealStatus } from '@partnerkit/contracts';
import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { accounts } from '../../src/accounts/accounts.table.js';
import { dealEvents } from '../../src/deals/deal-events.table.js';
import { deals } from '../../src/deals/deals.table.js';
import { seedDemo } from '../../src/seed/demo.js';
import { call, describeBackends, sessionFor } from '../support/index.js';
import { check } from './builders.js';

describeBackends('demo deals and accounts', (ctx) => {
  it('seeds deals in every state and accounts, and re-running changes nothing', async () => {
    const first = await seedDemo(ctx.database);
    const { db } = ctx.database;
    const statuses = await db.select({ status: deals.status }).from(deals);
    expect(new Set(statuses.map((row) => row.status))).toEqual(new Set(DealStatus.options));
    const counts = async () => ({
      deals: (await db.select({ n: count() }).from(deals))[0]!.n,
      events: (await db.select({ n: count() }).from(dealEvents))[0]!.n,
      accounts: (await db.select({ n: count() }).from(accounts))[0]!.n,
    });
    const before = await counts();
    expect(before.accounts).toBeGreaterThanOrEqual(3);
    await seedDemo(ctx.database);
    expect(await counts()).toEqual(before);

    const partner = first.partners[0]!;
    const token = await sessionFor(
      ctx.app,
      { ...partner, tenant: { id: first.tenant.id, secretKey: first.secretKey } },
      partner.users[0]!,
    );
    const own = await call(ctx.app, 'GET', '/v1/deals?limit=100', { auth: token });
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((d: { partnerId: string }) => d.partnerId === partner.id)).toBe(
      true,
    );
    const approved = await db.select().from(deals).where(eq(deals.id, 'deal_demo_contoso'));
    expect(approved[0]).toMatchObject({ status: 'approved', extensionsUsed: 1 });
    // The demo's existing customers are live for the rules.
    const verdict = await check(ctx.app, token, { name: 'Wide World Importers AG', country: 'DE' });
    expect(verdict.body.reasons.map((r: { code: string }) => r.code)).toContain(
      'existing_customer',
    );
  });
});
