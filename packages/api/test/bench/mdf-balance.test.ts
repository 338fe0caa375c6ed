import { MdfBalances } from '@partnerkit/contracts';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fundsNotExplained, partnerSessions, seedMdfBench } from '../../bench/mdf-seed.js';
import { judge } from '../../bench/targets.js';
import { mdfRequests } from '../../src/mdf/requests.table.js';
import { expectLedgerExplainsFunds } from '../mdf/builders.js';
import { call, describeBackends } from '../support/index.js';

describeBackends('bench: MDF balance seed', (ctx) => {
  it('writes 40 requests a partner in every status, with funds their ledger explains', async () => {
    const seed = await seedMdfBench(ctx.database, 3, new Date('2026-12-01T00:00:00Z'));
    const [{ n }] = (await ctx.database.db.select({ n: count() }).from(mdfRequests)) as [
      { n: number },
    ];
    expect(n).toBe(120);
    expect(await fundsNotExplained(ctx.database)).toBe(0);
    await expectLedgerExplainsFunds(ctx.database);

    const [token] = await partnerSessions(ctx.app, seed);
    const { status, body } = await call(ctx.app, 'GET', '/v1/mdf/balance', { auth: token });
    expect(status).toBe(200);
    const [balance] = MdfBalances.parse(body).balances;
    for (const bucket of ['pending', 'committed', 'claimed', 'paid'] as const) {
      expect(balance![bucket], bucket).toBeGreaterThan(0);
    }
    expect(balance!.available).toBeGreaterThan(0);
  });
});

describe('bench: MDF balance target', () => {
  it('judges the balance target on PostgreSQL at 1,000 partners only', () => {
    expect(judge('postgres', 1000, 'mdfBalanceP95', 4.9).verdict).toBe('met');
    expect(judge('postgres', 1000, 'mdfBalanceP95', 5.1).verdict).toBe('missed');
    expect(judge('postgres', 50, 'mdfBalanceP95', 1).verdict).toBe('n/a at this size');
    expect(judge('pglite', 1000, 'mdfBalanceP95', 1).verdict).toBe('no target');
  });
});
