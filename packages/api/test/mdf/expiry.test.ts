import { MdfRequestDetail } from '@partnerkit/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { expireUnclaimedMdfRequests } from '../../src/mdf/expiry.js';
import { mdfLedgerEntries } from '../../src/mdf/ledger.table.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { partnerTokens } from '../deals/builders.js';
import { describeBackends, seedTestTenant } from '../support/index.js';
import {
  claimInput,
  expectLedgerExplainsFunds,
  mdfApi,
  mdfSetup,
  NOW,
  requestInput,
} from './builders.js';

// The builders' requests end on 2026-08-20; the default window is 90 days after that.
const LAST_DAY_TO_CLAIM = new Date('2026-11-18T23:00:00Z');
const DAY_AFTER = new Date('2026-11-19T00:30:00Z');

describeBackends('MDF requests left unclaimed', (ctx) => {
  it('expire the day after the claim window, releasing the approved amount through the ledger', async () => {
    const { tenant, tokens, api } = await mdfSetup(ctx);
    await api.allocate(tenant.dach, 10_000);
    const { id } = (await api.submit(tokens.dach, requestInput())).body;
    await api.move(id, { action: 'approve', approvedAmount: { value: 800, currency: 'USD' } });
    expect(await api.balance(tokens.dach)).toMatchObject({ committed: 800, available: 9_200 });

    expect(await expireUnclaimedMdfRequests(ctx.database.db, LAST_DAY_TO_CLAIM)).toBe(0);
    expect(await expireUnclaimedMdfRequests(ctx.database.db, DAY_AFTER)).toBe(1);
    expect(await expireUnclaimedMdfRequests(ctx.database.db, DAY_AFTER)).toBe(0);

    const detail = MdfRequestDetail.parse((await api.get(tokens.dach, id)).body);
    expect(detail.status).toBe('expired');
    expect(detail.timeline.at(-1)).toMatchObject({
      type: 'expired',
      fromStatus: 'approved',
      toStatus: 'expired',
      actor: 'system',
      note: 'Not claimed by 2026-11-18: the approved amount is back in the balance.',
    });
    expect(await api.balance(tokens.dach)).toMatchObject({ committed: 0, available: 10_000 });
    const releases = await ctx.database.db
      .select({ bucket: mdfLedgerEntries.bucket, amount: mdfLedgerEntries.amount })
      .from(mdfLedgerEntries)
      .where(and(eq(mdfLedgerEntries.requestId, id), eq(mdfLedgerEntries.kind, 'release')))
      .orderBy(asc(mdfLedgerEntries.createdAt));
    // What the approval left of the 1,000 asked for, then what the expiry gave back.
    expect(releases).toEqual([
      { bucket: 'pending', amount: -200 },
      { bucket: 'committed', amount: -800 },
    ]);
    await expectLedgerExplainsFunds(ctx.database);
    const notices = await ctx.database.db
      .select({ type: outboxEvents.type })
      .from(outboxEvents)
      .where(eq(outboxEvents.mdfRequestId, id));
    expect(notices.map((notice) => notice.type)).toContain('mdf_request.expired');

    const late = await api.claim(tokens.dach, id, claimInput());
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');
  });

  it('expire after a rejected claim too, but never while a claim is in review or before approval', async () => {
    const { tenant, tokens, api } = await mdfSetup(ctx);
    await api.allocate(tenant.dach, 10_000);
    const submit = async () => (await api.submit(tokens.dach, requestInput())).body.id as string;
    const waiting = await submit();
    const inReview = await submit();
    await api.move(inReview, { action: 'approve' });
    await api.claim(tokens.dach, inReview, claimInput());
    const claimRejected = await submit();
    await api.move(claimRejected, { action: 'approve' });
    await api.claim(tokens.dach, claimRejected, claimInput());
    await api.move(claimRejected, { action: 'reject_claim' });

    expect(await expireUnclaimedMdfRequests(ctx.database.db, DAY_AFTER)).toBe(1);

    const statusOf = async (id: string) => (await api.get(tokens.dach, id)).body.status;
    expect(await statusOf(claimRejected)).toBe('expired');
    expect(await statusOf(inReview)).toBe('claim_submitted');
    expect(await statusOf(waiting)).toBe('submitted');
    await expectLedgerExplainsFunds(ctx.database);
  });

  it("follow the tenant's own claim window", async () => {
    ctx.clock.set(NOW);
    const tenant = await seedTestTenant(ctx.database, { settings: { mdfClaimWindowDays: 10 } });
    const tokens = await partnerTokens(ctx.app, tenant);
    const api = mdfApi(ctx.app, tenant);
    await api.allocate(tenant.dach, 10_000);
    const { id } = (await api.submit(tokens.dach, requestInput())).body;
    await api.move(id, { action: 'approve' });

    expect(await expireUnclaimedMdfRequests(ctx.database.db, new Date('2026-08-30T12:00Z'))).toBe(
      0,
    );
    expect(await expireUnclaimedMdfRequests(ctx.database.db, new Date('2026-08-31T12:00Z'))).toBe(
      1,
    );
  });
});
