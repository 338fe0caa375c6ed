import { describe, expect, it } from 'vitest';
import { createClient, newIdempotencyKey } from '../src/index.js';
import { deal, dealInput } from './support/fixtures.js';
import { json, networkFailure, problem, scriptedFetch } from './support/scripted-fetch.js';

const baseUrl = 'https://api.test';
const fast = { delay: () => 1 };

describe('idempotent submissions', () => {
  it('retries a network failure with the same Idempotency-Key and returns the deal', async () => {
    const { fetch, requests } = scriptedFetch(networkFailure, json(201, deal));
    const client = createClient({ baseUrl, sessionToken: 't', fetch, retry: fast });

    await expect(client.deals.create(dealInput)).resolves.toEqual(deal);

    expect(requests).toHaveLength(2);
    const keys = requests.map((request) => request.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).toBe(keys[0]);
    expect(await requests[1]!.json()).toEqual(dealInput);
  });

  it('uses a new key for each logical submission and the caller’s key when given', async () => {
    const { fetch, requests } = scriptedFetch(json(201, deal), json(201, deal), json(201, deal));
    const client = createClient({ baseUrl, sessionToken: 't', fetch, retry: fast });
    const key = newIdempotencyKey();

    await client.deals.create(dealInput);
    await client.deals.create(dealInput);
    await client.deals.create(dealInput, { idempotencyKey: key });

    const keys = requests.map((request) => request.headers.get('idempotency-key'));
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe(key);
  });

  it('waits out a duplicate still in flight (409 idempotency_key_in_use)', async () => {
    const { fetch, requests } = scriptedFetch(
      problem(409, 'idempotency_key_in_use'),
      json(201, deal, { 'idempotent-replayed': 'true' }),
    );
    const client = createClient({ baseUrl, sessionToken: 't', fetch, retry: fast });

    await expect(client.deals.create(dealInput)).resolves.toEqual(deal);
    expect(requests).toHaveLength(2);
  });

  it('keys extension requests too', async () => {
    const request = {
      id: 'ext_1',
      dealId: 'deal_1',
      status: 'pending',
      reason: 'Customer asked for a pilot',
      createdAt: '2026-11-23T02:00:00.000Z',
      decidedAt: null,
    };
    const { fetch, requests } = scriptedFetch(networkFailure, json(201, request));
    const client = createClient({ baseUrl, sessionToken: 't', fetch, retry: fast });

    await expect(
      client.deals.requestExtension('deal_1', { reason: 'Customer asked for a pilot' }),
    ).resolves.toEqual(request);
    expect(requests[0]!.url).toBe('https://api.test/v1/deals/deal_1/extension-requests');
    expect(requests[1]!.headers.get('idempotency-key')).toBe(
      requests[0]!.headers.get('idempotency-key'),
    );
  });
});
