import { startWorkers, type Workers } from '@partnerkit/api';
import type { DealInput } from '@partnerkit/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, type DealNotification, type PartnerKitClient } from '../src/index.js';
import { startRealApi, type RealApi } from './support/real-api.js';

let api: RealApi;
let workers: Workers;
let anna: PartnerKitClient;

beforeAll(async () => {
  api = await startRealApi();
  workers = await startWorkers(api.database, {
    logger: { info: () => undefined, error: () => undefined },
    dispatchIntervalMs: 200,
    pollingIntervalSeconds: 0.5,
    expiryCron: null,
  });
  anna = await api.partner(api.tenant.dach);
}, 60_000);

afterAll(async () => {
  await workers.stop();
  await api.database.close();
});

function registration(name: string, domain: string): DealInput {
  return {
    company: { name, domain, country: 'DE' },
    contact: { name: 'Erika Mustermann', email: 'erika@example.com' },
    products: [api.tenant.products[0]!.id],
    amount: { value: 1_250_000, currency: 'EUR' },
    expectedCloseDate: '2027-03-31',
    dealType: 'new',
    coSell: false,
  };
}

function collect() {
  const received: DealNotification[] = [];
  const errors: unknown[] = [];
  return {
    received,
    errors,
    handlers: {
      onEvent: (n: DealNotification) => received.push(n),
      onError: (e: unknown) => errors.push(e),
    },
    async waitFor(count: number) {
      const deadline = Date.now() + 15_000;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Got ${received.length} of ${count} events`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

describe('client.events.subscribe', () => {
  it('delivers the partner’s deal changes, and resumes after lastEventId', async () => {
    const first = collect();
    const subscription = anna.events.subscribe(first.handlers);
    // The stream starts with changes made after it opened: give it a moment to connect.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const deal = await anna.deals.create(registration('Globex GmbH', 'globex.de'));
    await first.waitFor(2);
    expect(first.received.map((n) => n.type)).toEqual(['deal.submitted', 'deal.approved']);
    expect(first.received[1]!.data.deal.id).toBe(deal.id);
    const resumeAfter = subscription.lastEventId;
    expect(resumeAfter).toBe(first.received[1]!.id);
    subscription.close();

    const missed = await anna.deals.create(registration('Initech AG', 'initech.de'));
    await workers.flush();
    const second = collect();
    const resumed = anna.events.subscribe(second.handlers, { lastEventId: resumeAfter });
    await second.waitFor(2);
    resumed.close();
    expect(second.received.map((n) => n.data.deal.id)).toEqual([missed.id, missed.id]);
    expect(first.errors).toEqual([]);
  });

  it('asks for a re-read when the API no longer has lastEventId, then goes on', async () => {
    const events = collect();
    let resyncs = 0;
    const subscription = anna.events.subscribe(
      { ...events.handlers, onResync: () => void (resyncs += 1) },
      { lastEventId: 'evt_pruned_long_ago' },
    );
    const deadline = Date.now() + 5000;
    while (resyncs === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(resyncs).toBe(1);
    const deal = await anna.deals.create(registration('Hooli GmbH', 'hooli.de'));
    await events.waitFor(2);
    subscription.close();
    expect(events.received.map((n) => n.data.deal.id)).toEqual([deal.id, deal.id]);
    expect(events.errors).toEqual([]);
  });

  it('stops with an AuthenticationError when the session is refused', async () => {
    const stranger = api.admin({ secretKey: undefined, sessionToken: 'not-a-token' });
    const events = collect();
    const subscription = stranger.events.subscribe(events.handlers);
    const deadline = Date.now() + 5000;
    while (!events.errors.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    subscription.close();
    expect(events.errors[0]).toBeInstanceOf(AuthenticationError);
  });
});
