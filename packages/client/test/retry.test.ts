import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConflictError,
  NetworkError,
  RateLimitError,
  createClient,
} from '../src/index.js';
import { deal, dealInput } from './support/fixtures.js';
import { json, networkFailure, problem, scriptedFetch } from './support/scripted-fetch.js';

const baseUrl = 'https://api.test';

function clientWith(fetch: typeof globalThis.fetch, delays: number[] = []) {
  return createClient({
    baseUrl,
    sessionToken: 't',
    secretKey: 'sk_test',
    fetch,
    retry: {
      delay: (attempt) => {
        delays.push(attempt);
        return 1;
      },
    },
  });
}

describe('retries', () => {
  it('retries a GET after 503 with growing attempts, then succeeds', async () => {
    const delays: number[] = [];
    const { fetch, requests } = scriptedFetch(
      problem(503, 'internal_error'),
      problem(503, 'internal_error'),
      json(200, deal),
    );

    await expect(clientWith(fetch, delays).deals.get('deal_1')).resolves.toEqual(deal);
    expect(requests).toHaveLength(3);
    expect(delays).toEqual([1, 2]);
  });

  it('gives up after the limit and reports the last failure', async () => {
    const { fetch, requests } = scriptedFetch(
      problem(503, 'internal_error'),
      problem(503, 'internal_error'),
      problem(503, 'internal_error'),
    );

    const error = await clientWith(fetch)
      .deals.get('deal_1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, code: 'internal_error', requestId: 'req_503' });
    expect(requests).toHaveLength(3);
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    const { fetch, requests } = scriptedFetch(problem(503, 'internal_error'), json(200, deal));

    await expect(
      clientWith(fetch).deals.transition('deal_1', { action: 'approve' }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.get('idempotency-key')).toBeNull();
  });

  it('never retries a keyless POST after a network failure either', async () => {
    const { fetch, requests } = scriptedFetch(
      networkFailure,
      json(200, { imported: 1, updated: 0 }),
    );

    const error = await clientWith(fetch)
      .accounts.import({ accounts: [{ name: 'Contoso', country: 'DE' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
    expect(requests).toHaveLength(1);
  });

  it('retries the pre-check, which writes nothing', async () => {
    const verdict = { status: 'approved', reasons: [] };
    const { fetch, requests } = scriptedFetch(networkFailure, json(200, verdict));

    await expect(clientWith(fetch).deals.check({ company: { name: 'Contoso' } })).resolves.toEqual(
      verdict,
    );
    expect(requests).toHaveLength(2);
  });

  it('does not retry a conflict that is not an in-flight duplicate', async () => {
    const { fetch, requests } = scriptedFetch(problem(409, 'extension_already_pending'));

    const error = await clientWith(fetch)
      .deals.requestExtension('deal_1', { reason: 'More time' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'extension_already_pending' });
    expect(requests).toHaveLength(1);
  });

  it('honours Retry-After on 429 and surfaces a RateLimitError when it persists', async () => {
    const { fetch, requests } = scriptedFetch(
      problem(429, 'rate_limited', {}, { 'retry-after': '0' }),
      problem(429, 'rate_limited', {}, { 'retry-after': '0' }),
      problem(429, 'rate_limited', {}, { 'retry-after': '0' }),
    );

    await expect(clientWith(fetch).me.get()).rejects.toBeInstanceOf(RateLimitError);
    expect(requests).toHaveLength(3);
  });

  it('can be switched off', async () => {
    const { fetch, requests } = scriptedFetch(problem(503, 'internal_error'));
    const client = createClient({ baseUrl, fetch, sessionToken: 't', retry: { limit: 0 } });

    await expect(client.deals.create(dealInput)).rejects.toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(1);
  });
});
