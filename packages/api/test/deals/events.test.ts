import type { DealNotificationData } from '@partnerkit/contracts';
import { asc, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dealEvents } from '../../src/deals/deal-events.table.js';
import { rowsOf } from '../../src/db/rows.js';
import { deals } from '../../src/deals/deals.table.js';
import { recordDealChanges } from '../../src/deals/events.js';
import { toDeal } from '../../src/deals/serialize.js';
import { runExpiry } from '../../src/expiry/expire.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { DAY, describeBackends, seedTestTenant } from '../support/index.js';
import { dealInput, partnerTokens, register } from './builders.js';

describeBackends('recording deal changes', (ctx) => {
  const timelineOf = (dealId: string) =>
    ctx.database.db
      .select()
      .from(dealEvents)
      .where(eq(dealEvents.dealId, dealId))
      .orderBy(asc(dealEvents.seq));
  // Rows about a deal carry a deal's notification data.
  const outboxOf = async (dealId: string) =>
    (
      await ctx.database.db
        .select()
        .from(outboxEvents)
        .where(eq(outboxEvents.dealId, dealId))
        .orderBy(asc(outboxEvents.seq))
    ).map((row) => ({ ...row, payload: row.payload as DealNotificationData }));

  it('writes a change set in order: each timeline row with its notification of the deal given', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    const created = (await register(ctx.app, tokens.dach, dealInput(tenant))).body;
    const { db } = ctx.database;
    const at = ctx.clock.now();
    const events = await db.transaction(async (tx) => {
      const [deal] = await tx
        .update(deals)
        .set({ status: 'won', protectedUntil: null, updatedAt: at })
        .where(eq(deals.id, created.id))
        .returning();
      return recordDealChanges(tx, [
        {
          deal: deal!,
          type: 'needs_info',
          fromStatus: 'approved',
          toStatus: 'approved',
          actor: 'vendor',
          note: 'first',
          at,
        },
        { deal: deal!, type: 'won', fromStatus: 'approved', toStatus: 'won', actor: 'vendor', at },
      ]);
    });

    const timeline = await timelineOf(created.id);
    expect(timeline.slice(2).map((row) => [row.id, row.type, row.note])).toEqual([
      [events[0]!.id, 'needs_info', 'first'],
      [events[1]!.id, 'won', null],
    ]);
    const outbox = (await outboxOf(created.id)).slice(2);
    expect(outbox.map((row) => row.type)).toEqual(['deal.needs_info', 'deal.won']);
    expect(outbox.map((row) => row.payload.event)).toEqual(events);
    const [stored] = await db.select().from(deals).where(eq(deals.id, created.id));
    for (const row of outbox) {
      expect(row).toMatchObject({ tenantId: tenant.id, partnerId: tenant.dach.id });
      expect(row.payload.deal).toEqual(toDeal(stored!));
    }
  });

  it('answers and notifies with the registered deal exactly as it was stored', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    const input = dealInput(tenant, {}, { notes: 'Tender in Q3 – über alles', coSell: true });
    const response = await register(ctx.app, tokens.dach, input);
    expect(response.status).toBe(201);
    const { db } = ctx.database;
    const [stored] = await db.select().from(deals).where(eq(deals.id, response.body.id));
    expect(response.body).toEqual(toDeal(stored!));
    const timeline = await timelineOf(stored!.id);
    const outbox = await outboxOf(stored!.id);
    expect(outbox.map((row) => row.payload.event?.id)).toEqual(timeline.map((row) => row.id));
    for (const row of outbox) expect(row.payload.deal).toEqual(toDeal(stored!));
  });

  it('stores what a registration leaves unset as SQL NULL, not as JSON null', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    await register(ctx.app, tokens.dach, dealInput(tenant));
    const second = await register(ctx.app, tokens.northAmerica, dealInput(tenant));
    expect(second.body).toMatchObject({ protectedUntil: null, assignedManager: null, notes: null });
    expect(second.body.status).not.toBe('approved');

    const [row] = rowsOf<Record<string, boolean>>(
      await ctx.database.db.execute(sql`
        select protected_until is null as "protectedUntil", assigned_manager is null as "manager",
          notes is null as "notes"
        from deals where id = ${second.body.id}`),
    );
    expect(row).toEqual({ protectedUntil: true, manager: true, notes: true });
  });

  it('writes nothing for an empty change set', async () => {
    const events = await ctx.database.db.transaction((tx) => recordDealChanges(tx, []));
    expect(events).toEqual([]);
    expect(await ctx.database.db.select().from(outboxEvents)).toEqual([]);
  });

  it('expires more deals at once than one statement takes, each with its event', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    const model = (await register(ctx.app, tokens.dach, dealInput(tenant))).body;
    const now = ctx.clock.now();
    const count = 1_100;
    // Copies of a registered deal, whatever columns the table has, each its own lapsed customer.
    await ctx.database.db.execute(sql`
      insert into deals
      select (jsonb_populate_record(d, jsonb_build_object(
        'id', 'deal_lapsed_' || g,
        'name_norm', 'lapsed ' || g,
        'domain_norm', 'lapsed' || g || '.de',
        'protected_until', ${new Date(now.getTime() - DAY).toISOString()}::timestamptz
      ))).*
      from deals d, generate_series(1, ${count}) g
      where d.id = ${model.id}
    `);
    expect(await runExpiry(ctx.database.db, now)).toMatchObject({ expired: count });
    const { db } = ctx.database;
    const timeline = await db.select().from(dealEvents).where(eq(dealEvents.type, 'expired'));
    const outbox = await db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.type, 'deal.expired'));
    expect(timeline).toHaveLength(count);
    expect(outbox).toHaveLength(count);
    expect(new Set(outbox.map((row) => row.payload.event?.id))).toEqual(
      new Set(timeline.map((row) => row.id)),
    );
    expect(
      outbox.every((row) => (row.payload as DealNotificationData).deal.status === 'expired'),
    ).toBe(true);
  });
});
