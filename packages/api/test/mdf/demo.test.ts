import {
  MDF_BUCKET_OF_STATUS,
  type MdfAllocation,
  type MdfBalance,
  type MdfRequest,
  type MdfRequestStatus,
} from '@partnerkit/contracts';
import { count } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { mdfAllocations } from '../../src/mdf/allocations.table.js';
import { mdfLedgerEntries } from '../../src/mdf/ledger.table.js';
import { mdfClaims, mdfRequestEvents, mdfRequests } from '../../src/mdf/requests.table.js';
import { seedDemo } from '../../src/seed/demo.js';
import { call, describeBackends, sessionFor } from '../support/index.js';
import { expectLedgerExplainsFunds } from './builders.js';

/** The balances a partner's allocations and requests add up to, by currency and period. */
function implied(allocations: MdfAllocation[], requests: MdfRequest[]): MdfBalance[] {
  const byFund = new Map<string, MdfBalance>();
  const of = (currency: string, period: MdfBalance['period']) => {
    const key = `${currency} ${period.start}`;
    const empty = { allocated: 0, pending: 0, committed: 0, claimed: 0, paid: 0, available: 0 };
    if (!byFund.has(key)) byFund.set(key, { currency, period, ...empty });
    return byFund.get(key)!;
  };
  for (const allocation of allocations) {
    of(allocation.amount.currency, allocation.period).allocated += allocation.amount.value;
  }
  for (const request of requests) {
    const place = MDF_BUCKET_OF_STATUS[request.status];
    if (place)
      of(request.amount.currency, request.period)[place.bucket] += request[place.at]!.value;
  }
  for (const b of byFund.values()) {
    b.available = b.allocated - b.pending - b.committed - b.claimed - b.paid;
  }
  return [...byFund.values()];
}

/** What a partner or a channel manager does to a request; the demo shows each outcome. */
const STATUSES: MdfRequestStatus[] = [
  'submitted',
  'needs_info',
  'approved',
  'rejected',
  'claim_submitted',
  'claim_approved',
  'claim_rejected',
  'paid',
];

const byFund = (a: MdfBalance, b: MdfBalance) =>
  `${a.currency} ${a.period.start}`.localeCompare(`${b.currency} ${b.period.start}`);

describeBackends('demo MDF', (ctx) => {
  it('gives the first partner requests in every status, and a balance they explain', async () => {
    const seed = await seedDemo(ctx.database);
    const partner = seed.partners[0]!;
    const token = await sessionFor(
      ctx.app,
      { ...partner, tenant: { id: seed.tenant.id, secretKey: seed.secretKey } },
      partner.users[0]!,
    );
    const [requests, allocations, balance] = await Promise.all([
      call(ctx.app, 'GET', '/v1/mdf/requests?limit=100', { auth: token }),
      call(ctx.app, 'GET', '/v1/mdf/allocations?limit=100', { auth: token }),
      call(ctx.app, 'GET', '/v1/mdf/balance', { auth: token }),
    ]);
    const items = requests.body.items as MdfRequest[];
    expect(new Set(items.map((request) => request.status))).toEqual(new Set(STATUSES));
    expect(allocations.body.items.length).toBeGreaterThan(1);
    const balances = balance.body.balances as MdfBalance[];
    expect(balances.length).toBeGreaterThan(1);
    expect([...balances].sort(byFund)).toEqual(implied(allocations.body.items, items).sort(byFund));
    for (const bucket of ['pending', 'committed', 'claimed', 'paid'] as const) {
      expect(
        balances.some((b) => b[bucket] > 0),
        bucket,
      ).toBe(true);
    }
    await expectLedgerExplainsFunds(ctx.database);

    const other = await call(ctx.app, 'GET', `/v1/mdf/requests?partnerId=${seed.partners[1]!.id}`, {
      auth: seed.secretKey,
    });
    expect(other.body.items.length).toBeGreaterThan(0);
  });

  it('changes nothing when run again', async () => {
    await seedDemo(ctx.database);
    const { db } = ctx.database;
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries({
            mdfAllocations,
            mdfRequests,
            mdfRequestEvents,
            mdfClaims,
            mdfLedgerEntries,
          }).map(async ([name, table]) => [
            name,
            (await db.select({ n: count() }).from(table))[0]!.n,
          ]),
        ),
      );
    const before = await counts();
    await seedDemo(ctx.database);
    expect(await counts()).toEqual(before);
    await expectLedgerExplainsFunds(ctx.database);
  });
});
