import { describe, expect, it, vi } from 'vitest';
import { AuthenticationError, createClient } from '../src/index.js';
import { deal } from './support/fixtures.js';
import { json, problem, scriptedFetch } from './support/scripted-fetch.js';

const baseUrl = 'https://api.test';
const me = {
  tenant: { id: 'ten_1', name: 'Northwind Software' },
  partner: {
    id: 'partner_1',
    name: 'Alpen IT',
    type: 'reseller',
    tier: 'gold',
    countries: ['DE', 'AT', 'CH'],
    branding: {
      logoUrl: null,
      color: '#0055aa',
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    },
  },
  user: { id: 'user_1', name: 'Erika', email: 'erika@alpen-it.example', locale: 'de' },
};

const authorization = (request: Request) => request.headers.get('authorization');

describe('session tokens', () => {
  it('on a 401 asks the provider once and repeats the call once with the new token', async () => {
    const { fetch, requests } = scriptedFetch(problem(401, 'token_expired'), json(200, me));
    const provider = vi.fn(async () => 'fresh');
    const client = createClient({
      baseUrl,
      fetch,
      sessionToken: 'stale',
      sessionTokenProvider: provider,
    });

    await expect(client.me.get()).resolves.toEqual(me);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(requests.map(authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('gives up with an AuthenticationError when the new token is refused too', async () => {
    const { fetch, requests } = scriptedFetch(
      problem(401, 'token_expired'),
      problem(401, 'unauthorized', { detail: 'The session token is not valid' }),
    );
    const provider = vi.fn(async () => 'also-bad');
    const client = createClient({
      baseUrl,
      fetch,
      sessionToken: 'stale',
      sessionTokenProvider: provider,
    });

    const error = await client.me.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: 'unauthorized',
      message: 'The session token is not valid',
    });
    expect(provider).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(2);
  });

  it('keeps the idempotency key when repeating a submission after a refresh', async () => {
    const { fetch, requests } = scriptedFetch(problem(401, 'token_expired'), json(201, deal));
    const client = createClient({
      baseUrl,
      fetch,
      sessionToken: 'stale',
      sessionTokenProvider: async () => 'fresh',
    });

    await client.deals.create({
      company: deal.company,
      contact: deal.contact,
      products: deal.products,
      amount: deal.amount,
      expectedCloseDate: deal.expectedCloseDate,
      dealType: deal.dealType,
      coSell: deal.coSell,
    });
    const [first, second] = requests.map((request) => request.headers.get('idempotency-key'));
    expect(second).toBe(first);
  });

  it('asks the provider when there is no token, once for concurrent calls', async () => {
    const { fetch, requests } = scriptedFetch(json(200, me), json(200, me));
    const provider = vi.fn(async () => 'minted');
    const client = createClient({ baseUrl, fetch, sessionTokenProvider: provider });

    await Promise.all([client.me.get(), client.me.get()]);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(requests.map(authorization)).toEqual(['Bearer minted', 'Bearer minted']);
  });

  it('uses a token refreshed by a concurrent call instead of asking again', async () => {
    const { fetch, requests } = scriptedFetch(
      problem(401, 'token_expired'),
      problem(401, 'token_expired'),
      json(200, me),
      json(200, me),
    );
    const provider = vi.fn(async () => 'fresh');
    const client = createClient({
      baseUrl,
      fetch,
      sessionToken: 'stale',
      sessionTokenProvider: provider,
    });

    await Promise.all([client.me.get(), client.me.get()]);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(requests.slice(2).map(authorization)).toEqual(['Bearer fresh', 'Bearer fresh']);
  });

  it('reports a failing provider as an AuthenticationError with the cause', async () => {
    const { fetch, requests } = scriptedFetch();
    const cause = new Error('vendor backend down');
    const client = createClient({
      baseUrl,
      fetch,
      sessionTokenProvider: () => Promise.reject(cause),
    });

    const error = await client.me.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 0, code: 'unauthorized', cause });
    expect(requests).toHaveLength(0);
  });

  it('treats a provider that throws outright like one that rejects', async () => {
    const { fetch } = scriptedFetch();
    const client = createClient({
      baseUrl,
      fetch,
      sessionTokenProvider: () => {
        throw new Error('not signed in');
      },
    });

    await expect(client.me.get()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('setSessionToken replaces the token for later calls', async () => {
    const { fetch, requests } = scriptedFetch(json(200, me), json(200, me));
    const client = createClient({ baseUrl, fetch, sessionToken: 'one' });

    await client.me.get();
    client.setSessionToken('two');
    await client.me.get();
    expect(requests.map(authorization)).toEqual(['Bearer one', 'Bearer two']);
  });

  it('does not refresh without a provider', async () => {
    const { fetch, requests } = scriptedFetch(problem(401, 'token_expired'));
    const client = createClient({ baseUrl, fetch, sessionToken: 'stale' });

    await expect(client.me.get()).rejects.toMatchObject({ status: 401, code: 'token_expired' });
    expect(requests).toHaveLength(1);
  });
});

describe('credentials per endpoint', () => {
  it('sends the secret key for vendor calls even when a session token is set', async () => {
    const { fetch, requests } = scriptedFetch(
      json(200, deal),
      json(201, { token: 'jwt', expiresAt: '2026-11-23T02:15:00.000Z' }),
    );
    const client = createClient({ baseUrl, fetch, sessionToken: 'partner', secretKey: 'sk_test' });

    await client.deals.transition('deal_1', { action: 'approve' });
    await client.partnerSessions.create({ partnerId: 'partner_1', userId: 'user_1' });
    expect(requests.map(authorization)).toEqual(['Bearer sk_test', 'Bearer sk_test']);
  });

  it('lists with the secret key when there is no session', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { items: [deal], nextCursor: null }));
    const client = createClient({ baseUrl, fetch, secretKey: 'sk_test' });

    await client.deals.list({ status: 'approved' });
    expect(authorization(requests[0]!)).toBe('Bearer sk_test');
  });

  it('falls back to the publishable key, as the API takes it, when there is nothing else', async () => {
    const { fetch, requests } = scriptedFetch(problem(403, 'forbidden'), json(200, me));
    const client = createClient({ baseUrl, fetch, publishableKey: 'pk_test' });

    await expect(client.deals.form()).rejects.toMatchObject({ status: 403 });
    client.setSessionToken('partner');
    await client.me.get();
    expect(requests.map(authorization)).toEqual(['Bearer pk_test', 'Bearer partner']);
  });
});
