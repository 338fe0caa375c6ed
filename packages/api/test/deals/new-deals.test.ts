import type { DealNotificationData } from '@partnerkit/contracts';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { dealEvents } from '../../src/deals/deal-events.table.js';
import { deals, type DealRow } from '../../src/deals/deals.table.js';
import type { DealChangeOf } from '../../src/deals/events.js';
import { MAX_DEALS_PER_STATEMENT, recordNewDeal } from '../../src/deals/new-deals.js';
import { isUniqueViolation } from '../../src/deals/unique-violation.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { describeBackends, seedTestTenant } from '../support/index.js';
import { dealInput, partnerTokens, register } from './builders.js';

describeBackends('writing new deals', (ctx) => {
  /** Deals like one registered through the API, each of another customer. */
  async function newDeals(count: number): Promise<DealRow[]> {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    const created = (await register(ctx.app, tokens.dach, dealInput(tenant))).body;
    const [template] = await ctx.database.db.select().from(deals).where(eq(deals.id, created.id));
    return Array.from({ length: count }, (_, i) => ({
      ...template!,
      id: newId('deal'),
      companyName: `Customer ${i}`,
      nameNorm: `customer ${i}`,
      domainNorm: `customer-${i}.de`,
      companyDomain: `customer-${i}.de`,
      matchKeys: [],
    }));
  }

  const changesOf = (deal: DealRow): DealChangeOf[] => [
    {
      deal,
      type: 'submitted',
      fromStatus: null,
      toStatus: 'submitted',
      actor: 'partner',
      at: deal.createdAt,
    },
    {
      deal,
      type: 'approved',
      fromStatus: 'submitted',
      toStatus: 'approved',
      actor: 'system',
      at: deal.createdAt,
    },
  ];

  /** Rows written by one statement share its transaction id. */
  async function transactionsOf(ids: string[]): Promise<string[]> {
    const rows = await ctx.database.db
      .select({ id: deals.id, xid: sql<string>`${deals}.xmin::text` })
      .from(deals)
      .where(inArray(deals.id, ids));
    const byId = new Map(rows.map((row) => [row.id, row.xid]));
    return ids.map((id) => byId.get(id) ?? 'missing');
  }

  it('writes the deals that arrive during a write together, each with its own timeline and notifications', async () => {
    const rows = await newDeals(MAX_DEALS_PER_STATEMENT + 8);
    const write = (deal: DealRow) => recordNewDeal(ctx.database.db, deal, changesOf(deal));
    const writes = rows.slice(0, MAX_DEALS_PER_STATEMENT + 5).map(write);
    // The first statement is under way after a turn of the event loop; three more arrive.
    await new Promise((resolve) => setImmediate(resolve));
    writes.push(...rows.slice(MAX_DEALS_PER_STATEMENT + 5).map(write));
    const events = await Promise.all(writes);

    const xids = await transactionsOf(rows.map((deal) => deal.id));
    // Deals that arrive in the same turn or during a write leave together, in statements of at
    // most the maximum, in the order they came.
    const groups: number[] = [];
    xids.forEach((xid, i) =>
      i > 0 && xid === xids[i - 1] ? groups[groups.length - 1]!++ : groups.push(1),
    );
    expect(groups).toEqual([MAX_DEALS_PER_STATEMENT, 8]);

    for (const [i, deal] of rows.entries()) {
      expect(events[i]!.map((event) => [event.dealId, event.type])).toEqual([
        [deal.id, 'submitted'],
        [deal.id, 'approved'],
      ]);
      const timeline = await ctx.database.db
        .select({ id: dealEvents.id })
        .from(dealEvents)
        .where(eq(dealEvents.dealId, deal.id))
        .orderBy(asc(dealEvents.seq));
      expect(timeline.map((row) => row.id)).toEqual(events[i]!.map((event) => event.id));
      const outbox = await ctx.database.db
        .select({ type: outboxEvents.type, payload: outboxEvents.payload })
        .from(outboxEvents)
        .where(eq(outboxEvents.dealId, deal.id))
        .orderBy(asc(outboxEvents.seq));
      const payloads = outbox.map((row) => row.payload as DealNotificationData);
      expect(
        outbox.map((row, j) => [row.type, payloads[j]!.deal.id, payloads[j]!.event?.id]),
      ).toEqual(events[i]!.map((event) => [`deal.${event.type}`, deal.id, event.id]));
    }
  });

  it('fails only the deal at fault when a statement of several fails', async () => {
    const rows = await newDeals(6);
    const faulty = { ...rows[3]!, partnerId: 'ptr_missing' };
    const duplicate = { ...rows[5]!, id: newId('deal'), domainNorm: rows[4]!.domainNorm };
    const batch = [...rows.slice(0, 3), faulty, rows[4]!, duplicate];
    const outcomes = await Promise.allSettled(
      batch.map((deal) => recordNewDeal(ctx.database.db, deal, changesOf(deal))),
    );
    const statuses = outcomes.map((outcome) => outcome.status);
    // The two deals of one domain are written side by side once the statement failed: either wins.
    expect(statuses.slice(0, 4)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect(statuses.slice(4).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = statuses[4] === 'rejected' ? 4 : 5;
    const loser = batch[lost]!;
    // What the registration's retry loop recognises, as when it was written alone.
    const { reason } = outcomes[lost] as PromiseRejectedResult;
    expect(isUniqueViolation(reason, ['deals_active_domain_uq'])).toBe(true);
    const stored = await transactionsOf(batch.map((deal) => deal.id));
    expect(stored.filter((xid) => xid !== 'missing')).toHaveLength(4);
    expect(stored[3]).toBe('missing');
    const orphans = await ctx.database.db
      .select({ id: dealEvents.id })
      .from(dealEvents)
      .where(inArray(dealEvents.dealId, [faulty.id, loser.id]));
    expect(orphans).toEqual([]);
  });
});
