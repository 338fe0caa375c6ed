import { asc, eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { quietLogger } from '../../src/http/logger.js';
import { EXPIRY_QUEUE, RETENTION_QUEUE, startWorkers } from '../../src/jobs/workers.js';
import { dispatchOutbox } from '../../src/outbox/dispatcher.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { pruneOutbox } from '../../src/outbox/retention.js';
import { webhookAttempts, webhookDeliveries } from '../../src/webhooks/webhooks.table.js';
import { dealInput, partnerTokens, register } from '../deals/builders.js';
import { call, describeBackends, seedTestTenant } from '../support/index.js';

const DAY = 86_400_000;

describeBackends('outbox retention', (ctx) => {
  /** Registers `count` deals (two events each) and dispatches them to one endpoint. */
  async function dispatched(count: number) {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    await call(ctx.app, 'POST', '/v1/webhook-endpoints', {
      auth: tenant.secretKey,
      body: { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] },
    });
    for (let i = 0; i < count; i++) {
      const input = dealInput(tenant, { name: `Retention ${i} GmbH`, domain: `retention${i}.de` });
      expect((await register(ctx.app, tokens.dach, input)).status).toBe(201);
    }
    const now = ctx.clock.now();
    while ((await dispatchOutbox(ctx.database.db, now)) > 0);
    const events = await ctx.database.db
      .select()
      .from(outboxEvents)
      .orderBy(asc(outboxEvents.streamSeq));
    return { tenant, tokens, ids: events.map((event) => event.id), events };
  }

  const age = (ids: string[], days: number) =>
    ctx.database.db
      .update(outboxEvents)
      .set({ dispatchedAt: new Date(ctx.clock.now().getTime() - days * DAY) })
      .where(inArray(outboxEvents.id, ids));

  it('deletes events told long ago with their deliveries and log, in batches', async () => {
    const { ids } = await dispatched(6);
    expect(ids).toHaveLength(12);
    await age(ids.slice(0, 9), 40);
    const [delivery] = await ctx.database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.eventId, ids[0]!));
    await ctx.database.db
      .update(webhookDeliveries)
      .set({ status: 'failed' })
      .where(inArray(webhookDeliveries.eventId, ids));
    await ctx.database.db.insert(webhookAttempts).values({
      id: 'wha_old',
      deliveryId: delivery!.id,
      attempt: 1,
      statusCode: 500,
      durationMs: 3,
      createdAt: ctx.clock.now(),
    });

    const cutoff = new Date(ctx.clock.now().getTime() - 30 * DAY);
    expect(await pruneOutbox(ctx.database.db, cutoff, 4)).toBe(9);

    const left = await ctx.database.db.select({ id: outboxEvents.id }).from(outboxEvents);
    expect(left.map((row) => row.id).sort()).toEqual(ids.slice(9).sort());
    const deliveries = await ctx.database.db.select().from(webhookDeliveries);
    expect(deliveries.map((row) => row.eventId).sort()).toEqual(ids.slice(9).sort());
    expect(await ctx.database.db.select().from(webhookAttempts)).toEqual([]);
    expect(await pruneOutbox(ctx.database.db, cutoff, 4)).toBe(0);
  });

  it('keeps events not yet told, still being delivered, or the newest told', async () => {
    const { tenant, tokens, ids, events } = await dispatched(3);
    await age(ids, 40);
    // The first event's delivery is still being retried: the next attempt needs the event.
    await ctx.database.db
      .update(webhookDeliveries)
      .set({ status: 'failed' })
      .where(inArray(webhookDeliveries.eventId, ids.slice(1)));
    const input = dealInput(tenant, { name: 'Undispatched AG', domain: 'undispatched.de' });
    expect((await register(ctx.app, tokens.dach, input)).status).toBe(201);

    const cutoff = new Date(ctx.clock.now().getTime() - 30 * DAY);
    expect(await pruneOutbox(ctx.database.db, cutoff)).toBe(ids.length - 2);
    const left = await ctx.database.db
      .select({ id: outboxEvents.id, dispatchedAt: outboxEvents.dispatchedAt })
      .from(outboxEvents);
    expect(
      left
        .filter((row) => row.dispatchedAt)
        .map((row) => row.id)
        .sort(),
    ).toEqual([ids[0]!, ids.at(-1)!].sort());
    expect(left.filter((row) => !row.dispatchedAt)).toHaveLength(2);
    // The next dispatch numbers on from the newest told event, not from 1.
    while ((await dispatchOutbox(ctx.database.db, ctx.clock.now())) > 0);
    const renumbered = await ctx.database.db
      .select({ streamSeq: outboxEvents.streamSeq })
      .from(outboxEvents)
      .orderBy(asc(outboxEvents.streamSeq));
    expect(renumbered.at(-1)!.streamSeq).toBe(events.at(-1)!.streamSeq! + 2);
  });

  it('is scheduled hourly by the workers, beside the expiry sweep', async () => {
    const workers = await startWorkers(ctx.database, { logger: quietLogger, clock: ctx.clock.now });
    try {
      const result = await ctx.database.db.execute(
        sql`select name, cron from pgboss.schedule order by name`,
      );
      expect((result as unknown as { rows: unknown[] }).rows).toEqual([
        { name: EXPIRY_QUEUE, cron: '*/10 * * * *' },
        { name: RETENTION_QUEUE, cron: '17 * * * *' },
      ]);
    } finally {
      await workers.stop();
    }
  });
});
