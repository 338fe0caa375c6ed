import { describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { deal } from './support/fixtures.js';
import { json, scriptedFetch } from './support/scripted-fetch.js';

describe('deals requests', () => {
  it('puts list filters in the query string and leaves out what is unset', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { items: [deal], nextCursor: 'c2' }));
    const client = createClient({
      baseUrl: 'https://api.test/partnerkit/',
      fetch,
      sessionToken: 't',
    });

    await expect(client.deals.list({ status: 'approved', limit: 5 })).resolves.toEqual({
      items: [deal],
      nextCursor: 'c2',
    });
    expect(requests[0]!.url).toBe('https://api.test/partnerkit/v1/deals?status=approved&limit=5');
  });

  it('listAll follows the cursor to the last page', async () => {
    const second = { ...deal, id: 'deal_2' };
    const { fetch, requests } = scriptedFetch(
      json(200, { items: [deal], nextCursor: 'c2' }),
      json(200, { items: [second], nextCursor: null }),
    );
    const client = createClient({ baseUrl: 'https://api.test', fetch, sessionToken: 't' });

    const ids: string[] = [];
    for await (const item of client.deals.listAll({ limit: 1 })) ids.push(item.id);
    expect(ids).toEqual(['deal_1', 'deal_2']);
    expect(new URL(requests[1]!.url).searchParams.get('cursor')).toBe('c2');
  });

  it('encodes ids into the path', async () => {
    const { fetch, requests } = scriptedFetch(json(200, deal));
    const client = createClient({ baseUrl: 'https://api.test', fetch, sessionToken: 't' });

    await client.deals.get('a/b?c');
    expect(requests[0]!.url).toBe('https://api.test/v1/deals/a%2Fb%3Fc');
  });

  it("pages through a deal's timeline", async () => {
    const event = {
      id: 'evt_1',
      dealId: 'deal_1',
      type: 'submitted',
      fromStatus: null,
      toStatus: 'submitted',
      actor: 'partner',
      note: null,
      createdAt: '2026-11-23T02:00:00.000Z',
    };
    const approved = {
      ...event,
      id: 'evt_2',
      type: 'approved',
      fromStatus: 'submitted',
      toStatus: 'approved',
    };
    const { fetch, requests } = scriptedFetch(
      json(200, { items: [event], nextCursor: 'e2' }),
      json(200, { items: [approved], nextCursor: null }),
    );
    const client = createClient({ baseUrl: 'https://api.test', fetch, sessionToken: 't' });

    const types: string[] = [];
    for await (const item of client.deals.eventsAll('deal_1')) types.push(item.type);
    expect(types).toEqual(['submitted', 'approved']);
    expect(requests.map((request) => request.url)).toEqual([
      'https://api.test/v1/deals/deal_1/events',
      'https://api.test/v1/deals/deal_1/events?cursor=e2',
    ]);
  });
});
