import type { MdfRequestInput } from '@partnerkit/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  createClient,
  type PartnerKitClient,
} from '../src/index.js';
import { startRealApi, type RealApi } from './support/real-api.js';
import { json, scriptedFetch } from './support/scripted-fetch.js';

describe('MDF requests on the wire', () => {
  it('sends a secret key and an idempotency key for allocations, and keeps a given key', async () => {
    const { fetch, requests } = scriptedFetch(json(200, {}), json(200, {}));
    const vendor = createClient({
      baseUrl: 'https://api.test',
      fetch,
      secretKey: 'sk_test_1',
      retry: { limit: 0 },
    });
    const input = {
      partnerId: 'par_1',
      period: { start: '2027-01-01', end: '2027-03-31' },
      amount: { value: 500_000, currency: 'EUR' },
    };

    await vendor.mdf.allocate(input).catch(() => undefined);
    await vendor.mdf.allocate(input, { idempotencyKey: 'alloc-q1' }).catch(() => undefined);

    expect(requests.map((request) => request.url)).toEqual([
      'https://api.test/v1/mdf/allocations',
      'https://api.test/v1/mdf/allocations',
    ]);
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer sk_test_1');
    expect(requests[0]!.headers.get('idempotency-key')).toMatch(/\S{16,}/);
    expect(requests[1]!.headers.get('idempotency-key')).toBe('alloc-q1');
    expect(await requests[0]!.json()).toEqual(input);
  });

  it('puts list filters in the query string and encodes ids into the path', async () => {
    const { fetch, requests } = scriptedFetch(
      json(200, { items: [], nextCursor: null }),
      json(200, {}),
    );
    const client = createClient({ baseUrl: 'https://api.test', fetch, sessionToken: 't' });

    await client.mdf.list({ status: 'needs_info', limit: 5 });
    await client.mdf.get('a/b').catch(() => undefined);

    expect(requests[0]!.url).toBe('https://api.test/v1/mdf/requests?status=needs_info&limit=5');
    expect(requests[1]!.url).toBe('https://api.test/v1/mdf/requests/a%2Fb');
  });
});

/** Today's calendar quarter, which the API treats as an open period. */
function currentQuarter(): { start: string; end: string } {
  const today = new Date();
  const first = Math.floor(today.getUTCMonth() / 3) * 3;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    start: day(new Date(Date.UTC(today.getUTCFullYear(), first, 1))),
    end: day(new Date(Date.UTC(today.getUTCFullYear(), first + 3, 0))),
  };
}

describe('MDF against the real API', () => {
  let api: RealApi;
  let anna: PartnerKitClient;
  const quarter = currentQuarter();
  const webinar = (value: number): MdfRequestInput => ({
    activityType: 'webinar',
    title: 'Cloud migration webinar',
    startDate: quarter.end,
    endDate: quarter.end,
    amount: { value, currency: 'USD' },
    expectedOutcomes: { leads: 40, attendees: 120 },
  });

  beforeAll(async () => {
    api = await startRealApi();
    anna = await api.partner(api.tenant.dach);
    await api.admin().mdf.allocate({
      partnerId: api.tenant.dach.id,
      period: quarter,
      amount: { value: 10_000, currency: 'USD' },
    });
  });

  afterAll(async () => {
    await api.database.close();
  });

  it('walks a request from the form to payment, the balance following each step', async () => {
    const vendor = api.admin();
    const form = await anna.mdf.form();
    expect(form.activityTypes.map((type) => type.key)).toContain('webinar');

    const request = await anna.mdf.request(webinar(4_000));
    expect(request.status).toBe('submitted');
    const [held] = (await anna.mdf.balance()).balances;
    expect(held).toMatchObject({ allocated: 10_000, pending: 4_000, available: 6_000 });

    await vendor.mdf.transition(request.id, {
      action: 'approve',
      approvedAmount: { value: 3_000, currency: 'USD' },
    });
    const claimed = await anna.mdf.claim(request.id, {
      spend: { value: 5_000, currency: 'USD' },
      results: { attendees: 95, leads: 31 },
      files: [],
    });
    expect(claimed.status).toBe('claim_submitted');
    await vendor.mdf.transition(request.id, { action: 'approve_claim' });
    await vendor.mdf.transition(request.id, { action: 'mark_paid', paymentReference: 'PAY-7' });

    const detail = await anna.mdf.get(request.id);
    expect(detail.status).toBe('paid');
    expect(detail.timeline.map((event) => event.type)).toContain('paid');
    const [after] = (await vendor.mdf.balance({ partnerId: api.tenant.dach.id })).balances;
    expect(after!.pending + after!.committed + after!.claimed).toBe(0);
    expect(after!.available).toBe(10_000 - after!.paid);
  });

  it('maps refusals to typed errors: too much, a wrong move, another partner', async () => {
    const tooMuch: unknown = await anna.mdf.request(webinar(1_000_000)).catch((error) => error);
    expect(tooMuch).toBeInstanceOf(ValidationError);
    expect((tooMuch as ValidationError).code).toBe('mdf_insufficient_funds');
    const request = await anna.mdf.request(webinar(100));
    await expect(
      api.admin().mdf.transition(request.id, { action: 'mark_paid' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const other = await api.partner(api.tenant.northAmerica);
    await expect(other.mdf.get(request.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await other.mdf.list()).items).toEqual([]);
  });
});
