import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { mdfRequests } from '../../src/mdf/requests.table.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { sessionFor, describeBackends } from '../support/index.js';
import { claimInput, expectLedgerExplainsFunds, mdfSetup, requestInput } from './builders.js';

describeBackends('MDF funds under concurrency', (ctx) => {
  it('accepts exactly 10 of 50 concurrent requests of 1,000 against 10,000 available', async () => {
    const { tenant, tokens, api } = await mdfSetup(ctx);
    await api.allocate(tenant.dach, 10_000);
    // Both users of the partner, so the requests do not share a session either.
    const second = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[1]!);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api.submit(i % 2 ? second : tokens.dach, requestInput({ title: `Webinar ${i}` })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 422)).toHaveLength(40);
    for (const refused of responses.filter((r) => r.status === 422)) {
      expect(refused.body.code).toBe('mdf_insufficient_funds');
    }
    expect(await api.balance(tokens.dach)).toMatchObject({
      allocated: 10_000,
      pending: 10_000,
      available: 0,
    });
    const [requests] = await ctx.database.db.select({ n: count() }).from(mdfRequests);
    expect(requests!.n).toBe(10);
    const told = await ctx.database.db
      .select({ n: count() })
      .from(outboxEvents)
      .where(eq(outboxEvents.type, 'mdf_request.submitted'));
    expect(told[0]!.n).toBe(10);
    await expectLedgerExplainsFunds(ctx.database);
  }, 60_000);

  it('keeps the balance exact while requests, approvals, rejections and claims race', async () => {
    const { tenant, tokens, api } = await mdfSetup(ctx);
    await api.allocate(tenant.dach, 10_000);
    const first = await Promise.all(
      Array.from({ length: 8 }, () => api.submit(tokens.dach, requestInput())),
    );
    const ids = first.map((r) => r.body.id as string);
    // Half are approved at 600 (releasing 400 each), half rejected, while 20 more requests try.
    const moves = ids.map((id, i) =>
      api.move(
        id,
        i % 2
          ? { action: 'reject' }
          : { action: 'approve', approvedAmount: { value: 600, currency: 'USD' } },
      ),
    );
    const more = Array.from({ length: 20 }, () => api.submit(tokens.dach, requestInput()));
    const [moved, submitted] = await Promise.all([Promise.all(moves), Promise.all(more)]);
    expect(moved.map((r) => r.status)).toEqual(ids.map(() => 200));
    const accepted = submitted.filter((r) => r.status === 201).length;
    // 10,000 − 4 × 600 = 7,600 for new holds of 1,000: at most 7 fit, and however the race went,
    // the balance adds up.
    expect(accepted).toBeLessThanOrEqual(7);
    const balance = await api.balance(tokens.dach);
    expect(balance).toMatchObject({ committed: 2_400, pending: accepted * 1_000 });
    expect(balance.available).toBe(10_000 - 2_400 - accepted * 1_000);
    // Claims of the approved ones at once: 2,000 × 50 % = 1,000, capped at the approved 600.
    const claims = await Promise.all(
      ids.filter((_, i) => i % 2 === 0).map((id) => api.claim(tokens.dach, id, claimInput())),
    );
    expect(claims.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(await api.balance(tokens.dach)).toMatchObject({ committed: 0, claimed: 2_400 });
    await expectLedgerExplainsFunds(ctx.database);
  }, 60_000);
});
