import { expect, it } from 'vitest';
import { pruneOutbox } from '../../src/outbox/retention.js';
import { dealInput, partnerTokens, register } from '../deals/builders.js';
import { describeBackends, seedTestTenant } from '../support/index.js';
import { useLiveApp } from './live-app.js';

describeBackends('live updates (GET /v1/events)', (ctx) => {
  const live = useLiveApp(ctx);
  const subscribe = live.subscribe;

  async function setup() {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(live.app, tenant);
    return { tenant, tokens };
  }

  it("streams the partner's own deal changes, never another partner's", async () => {
    const { tenant, tokens } = await setup();
    const dach = await subscribe(tokens.dach);
    const northAmerica = await subscribe(tokens.northAmerica);
    const deal = await register(live.app, tokens.dach, dealInput(tenant));
    const messages = await dach.next(2);
    expect(messages.map((m) => m.event)).toEqual(['deal.updated', 'deal.updated']);
    const [submitted, approved] = messages.map((m) => JSON.parse(m.data));
    expect([submitted.type, approved.type]).toEqual(['deal.submitted', 'deal.approved']);
    expect(approved.data.deal).toMatchObject({ id: deal.body.id, partnerId: tenant.dach.id });
    expect(messages[1]!.id).toBe(approved.id);

    const own = await register(
      live.app,
      tokens.northAmerica,
      dealInput(tenant, { name: 'Initech Inc', domain: 'initech.com', country: 'US' }),
    );
    const theirs = await northAmerica.next(2);
    expect(theirs.map((m) => JSON.parse(m.data).data.deal.id)).toEqual([own.body.id, own.body.id]);
    expect(northAmerica.messages).toHaveLength(2);
    expect(dach.messages).toHaveLength(2);
  });

  it('resumes after Last-Event-ID with what was missed, in order', async () => {
    const { tenant, tokens } = await setup();
    const first = await subscribe(tokens.dach);
    await register(live.app, tokens.dach, dealInput(tenant));
    const [seen] = await first.next(1);
    await first.close();
    const second = await register(
      live.app,
      tokens.dach,
      dealInput(tenant, { name: 'Umbrella AG', domain: 'umbrella.de' }),
    );
    await live.workers.flush();
    const resumed = await subscribe(tokens.dach, { 'Last-Event-ID': seen!.id! });
    const missed = await resumed.next(3);
    const types = missed.map((m) => JSON.parse(m.data).type);
    expect(types).toEqual(['deal.approved', 'deal.submitted', 'deal.approved']);
    expect(JSON.parse(missed[2]!.data).data.deal.id).toBe(second.body.id);
  });

  it("answers a Last-Event-ID of another partner's event with a resync, never its events", async () => {
    const { tenant, tokens } = await setup();
    const dach = await subscribe(tokens.dach);
    await register(live.app, tokens.dach, dealInput(tenant));
    const [foreign] = await dach.next(1);
    await live.workers.flush();
    const northAmerica = await subscribe(tokens.northAmerica, { 'Last-Event-ID': foreign!.id! });
    await northAmerica.waitForComments(3);
    expect(northAmerica.messages).toEqual([{ id: undefined, event: 'resync', data: '{}' }]);
  });

  it('tells a client to re-read when its Last-Event-ID was pruned, then goes on', async () => {
    const { tenant, tokens } = await setup();
    const first = await subscribe(tokens.dach);
    await register(live.app, tokens.dach, dealInput(tenant));
    const seen = await first.next(2);
    await first.close();
    await register(
      live.app,
      tokens.dach,
      dealInput(tenant, { name: 'Umbrella AG', domain: 'umbrella.de' }),
    );
    await live.workers.flush();
    // Everything but the newest event, as the hourly retention job would after its window.
    expect(await pruneOutbox(ctx.database.db, new Date('2100-01-01'))).toBeGreaterThan(0);
    const resumed = await subscribe(tokens.dach, { 'Last-Event-ID': seen[1]!.id! });
    const [resync] = await resumed.next(1);
    expect(resync).toMatchObject({ event: 'resync', data: '{}' });
    expect(resync!.id).toMatch(/^evt_/);
    expect(resync!.id).not.toBe(seen[1]!.id);

    const later = await register(
      live.app,
      tokens.dach,
      dealInput(tenant, { name: 'Initrode GmbH', domain: 'initrode.de' }),
    );
    const next = await resumed.next(3);
    expect(next.slice(1).map((m) => JSON.parse(m.data).data.deal.id)).toEqual([
      later.body.id,
      later.body.id,
    ]);
  });

  it('takes the token as ?access_token= (EventSource) and sends heartbeats', async () => {
    const { tokens } = await setup();
    const stream = await subscribe('', {}, `?access_token=${encodeURIComponent(tokens.dach)}`);
    await stream.waitForComments(3);
    const anonymous = await live.app.request('/v1/events');
    expect(anonymous.status).toBe(401);
  });
});
