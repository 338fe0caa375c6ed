import { describe, expect, it } from 'vitest';
import {
  ApiError,
  NetworkError,
  NotFoundError,
  PartnerKitError,
  PermissionError,
  ValidationError,
  createClient,
  isAbortError,
} from '../src/index.js';
import { deal, dealInput } from './support/fixtures.js';
import {
  hang,
  json,
  networkFailure,
  problem,
  scriptedFetch,
  text,
} from './support/scripted-fetch.js';

const baseUrl = 'https://api.test';
const noRetry = { limit: 0 };

describe('errors', () => {
  it('maps a validation problem with its field errors and request id', async () => {
    const errors = [{ path: 'company.domain', code: 'invalid_format', message: 'Enter a domain' }];
    const { fetch } = scriptedFetch(
      problem(400, 'validation_failed', { detail: 'The deal is not valid', errors }),
    );
    const client = createClient({ baseUrl, fetch, sessionToken: 't' });

    const error = await client.deals.create(dealInput).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(PartnerKitError);
    expect(error).toMatchObject({
      name: 'ValidationError',
      message: 'The deal is not valid',
      status: 400,
      code: 'validation_failed',
      requestId: 'req_400',
      fieldErrors: errors,
    });
    expect((error as ValidationError).problem?.type).toMatch(/validation_failed$/);
  });

  it.each([
    [403, 'forbidden', PermissionError],
    [404, 'not_found', NotFoundError],
    [422, 'idempotency_key_reused', ValidationError],
    [500, 'internal_error', ApiError],
  ] as const)('maps %i %s to its class', async (status, code, ErrorClass) => {
    const { fetch } = scriptedFetch(problem(status, code));
    const client = createClient({ baseUrl, fetch, sessionToken: 't', retry: noRetry });

    const error = await client.deals.get('deal_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, code, fieldErrors: [] });
  });

  it('maps an error page without a problem document by its status', async () => {
    const { fetch } = scriptedFetch(
      text(502, '<h1>Bad gateway</h1>', { 'x-request-id': 'req_gw' }),
    );
    const client = createClient({ baseUrl, fetch, sessionToken: 't', retry: noRetry });

    const error = await client.deals.get('deal_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, code: 'internal_error', requestId: 'req_gw' });
    expect((error as ApiError).problem).toBeUndefined();
  });

  it('refuses a success body that is not JSON', async () => {
    const { fetch } = scriptedFetch(text(200, '<html>captive portal</html>'));
    const client = createClient({ baseUrl, fetch, sessionToken: 't' });

    const error = await client.deals.get('deal_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerKitError);
    expect(error).toMatchObject({ status: 200, code: 'invalid_response' });
  });

  it('refuses a success body that does not match the contract', async () => {
    const { fetch } = scriptedFetch(json(200, { ...deal, status: 'teleported' }));
    const client = createClient({ baseUrl, fetch, sessionToken: 't' });

    const error = await client.deals.get('deal_1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_response', requestId: 'req_ok' });
  });

  it('reports a network failure after the retries', async () => {
    const { fetch, requests } = scriptedFetch(networkFailure, networkFailure);
    const client = createClient({
      baseUrl,
      fetch,
      sessionToken: 't',
      retry: { limit: 1, delay: () => 1 },
    });

    const error = await client.me.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(2);
  });

  it('times out an attempt that never answers', async () => {
    const { fetch } = scriptedFetch(hang);
    const client = createClient({ baseUrl, fetch, sessionToken: 't', timeoutMs: 20 });

    const error = await client.me.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: 0, code: 'timeout' });
  });
});

describe('abort', () => {
  it('rejects with the AbortError, untouched, when aborted in flight', async () => {
    const { fetch } = scriptedFetch(hang);
    const client = createClient({ baseUrl, fetch, sessionToken: 't' });
    const controller = new AbortController();

    const pending = client.me.get({ signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(PartnerKitError);
    expect(isAbortError(error)).toBe(true);
    expect(error).toBe(controller.signal.reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { fetch, requests } = scriptedFetch();
    const client = createClient({ baseUrl, fetch, sessionToken: 't' });

    const error = await client.deals
      .create(dealInput, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('stops waiting between retries when aborted', async () => {
    const { fetch, requests } = scriptedFetch(problem(503, 'internal_error'), json(200, deal));
    const client = createClient({
      baseUrl,
      fetch,
      sessionToken: 't',
      retry: { delay: () => 10_000 },
    });
    const controller = new AbortController();

    const pending = client.deals.get('deal_1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(isAbortError(await pending.catch((e: unknown) => e))).toBe(true);
    expect(requests).toHaveLength(1);
  });
});
