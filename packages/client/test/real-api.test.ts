import type { DealInput } from '@partnerkit/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  ValidationError,
  createClient,
  newIdempotencyKey,
  type PartnerKitClient,
} from '../src/index.js';
import { startRealApi, type RealApi } from './support/real-api.js';

let api: RealApi;
let anna: PartnerKitClient;

beforeAll(async () => {
  api = await startRealApi();
  anna = await api.partner(api.tenant.dach);
});

afterAll(async () => {
  await api.database.close();
});

function registration(company: DealInput['company']): DealInput {
  return {
    company,
    contact: { name: 'Erika Mustermann', email: 'erika@example.com' },
    products: [api.tenant.products[0]!.id],
    amount: { value: 1_250_000, currency: 'EUR' },
    expectedCloseDate: '2027-03-31',
    dealType: 'new',
    coSell: false,
  };
}

describe('against the real API', () => {
  it('mints a session on the vendor side and reads who it speaks for', async () => {
    const me = await anna.me.get();
    expect(me.partner).toMatchObject({ id: api.tenant.dach.id, countries: ['DE', 'AT', 'CH'] });
    expect(me.user.id).toBe(api.tenant.dach.users[0]!.id);
    expect(me.tenant.id).toBe(api.tenant.id);
  });

  it('loads the registration form', async () => {
    const form = await anna.deals.form();
    expect(form.products.map((product) => product.id)).toContain(api.tenant.products[0]!.id);
    expect(form.countries).toEqual(['DE', 'AT', 'CH']);
    expect(form.dealTypes).toEqual(['new', 'upsell', 'renewal']);
  });

  it('pre-checks, registers, lists, reads and follows a deal', async () => {
    const company = {
      name: 'Zugspitze Logistik GmbH',
      domain: 'zugspitze-logistik.de',
      country: 'DE',
    };
    await expect(anna.deals.check({ company })).resolves.toMatchObject({ status: 'approved' });

    const deal = await anna.deals.create(registration(company));
    expect(deal).toMatchObject({ status: 'approved', partnerId: api.tenant.dach.id });
    expect(deal.protectedUntil).not.toBeNull();

    await expect(anna.deals.get(deal.id)).resolves.toEqual(deal);
    const page = await anna.deals.list({ status: 'approved', limit: 100 });
    expect(page.items.map((item) => item.id)).toContain(deal.id);

    const events = await anna.deals.events(deal.id);
    expect(events.items.at(-1)).toMatchObject({ dealId: deal.id, toStatus: 'approved' });
  });

  it('answers a retried submission with the first result, even when the response was lost', async () => {
    let calls = 0;
    const lossy: typeof fetch = async (input, init) => {
      const response = await api.fetch(input, init);
      calls += 1;
      if (calls === 1) throw new TypeError('connection reset after the server answered');
      return response;
    };
    const client = await api.partner(api.tenant.dach, { fetch: lossy, retry: { delay: () => 1 } });
    const company = { name: 'Lossy Networks AG', domain: 'lossy-networks.ch', country: 'CH' };

    const deal = await client.deals.create(registration(company));
    expect(calls).toBe(2);

    const again = await client.deals.create(registration(company), {
      idempotencyKey: newIdempotencyKey(),
    });
    expect(again.id).not.toBe(deal.id);
    expect(again).toMatchObject({ status: 'rejected' });
    expect(again.reasons.map((reason) => reason.code)).toContain('already_registered_by_you');

    const mine = [];
    for await (const item of anna.deals.listAll({ limit: 1 })) {
      if (item.company.domain === 'lossy-networks.ch') mine.push(item.id);
    }
    expect(mine.sort()).toEqual([deal.id, again.id].sort());
  });

  it('replays the same key instead of registering twice', async () => {
    const company = { name: 'Replay Systems GmbH', domain: 'replay-systems.at', country: 'AT' };
    const idempotencyKey = newIdempotencyKey();

    const first = await anna.deals.create(registration(company), { idempotencyKey });
    const second = await anna.deals.create(registration(company), { idempotencyKey });
    expect(second).toEqual(first);
  });

  it('refuses another partner’s customer without naming the partner, and hides its deal', async () => {
    const maple = await api.partner(api.tenant.northAmerica);
    const company = { name: 'Hudson Robotics Inc', domain: 'hudson-robotics.com', country: 'US' };
    const theirs = await maple.deals.create({
      ...registration(company),
      amount: { value: 90_000, currency: 'USD' },
    });
    expect(theirs.status).toBe('approved');

    const mine = await anna.deals.create(registration({ ...company, country: 'DE' }));
    expect(mine.status).toBe('rejected');
    expect(mine.reasons.map((reason) => reason.code)).toContain('duplicate_domain');
    expect(JSON.stringify(mine)).not.toContain(api.tenant.northAmerica.name);

    const error = await anna.deals.get(theirs.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect((error as NotFoundError).requestId).toMatch(/\S/);
  });

  it('reports the API’s field errors on the right paths', async () => {
    const error = await anna.deals
      .create(registration({ name: 'Broken', domain: 'not a domain', country: 'DE' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as ValidationError).fieldErrors.map((field) => field.path)).toContain(
      'company.domain',
    );
  });

  it('refreshes an expired session through the provider and repeats the call', async () => {
    const admin = api.admin();
    const user = api.tenant.dach.users[1]!;
    const mint = () =>
      admin.partnerSessions
        .create({ partnerId: api.tenant.dach.id, userId: user.id, ttlSeconds: 60 })
        .then((session) => session.token);
    const provider = vi.fn(mint);
    const client = createClient({
      baseUrl: 'http://127.0.0.1:8787',
      fetch: api.fetch,
      sessionToken: await mint(),
      sessionTokenProvider: provider,
    });
    await expect(client.me.get()).resolves.toMatchObject({ user: { id: user.id } });

    api.advance(5 * 60_000);
    await expect(client.me.get()).resolves.toMatchObject({ user: { id: user.id } });
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it('surfaces an expired session when nothing can refresh it', async () => {
    const { token } = await api.admin().partnerSessions.create({
      partnerId: api.tenant.dach.id,
      userId: api.tenant.dach.users[0]!.id,
      ttlSeconds: 60,
    });
    const client = createClient({
      baseUrl: 'http://127.0.0.1:8787',
      fetch: api.fetch,
      sessionToken: token,
    });
    api.advance(5 * 60_000);

    const error = await client.me.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'token_expired' });
  });

  it('answers a channel manager’s request for information', async () => {
    const admin = api.admin();
    const company = { name: 'Jungfrau Textil AG', domain: 'jungfrau-textil.ch', country: 'CH' };
    await admin.accounts.import({ accounts: [company] });
    const renewal = await anna.deals.create({ ...registration(company), dealType: 'renewal' });
    expect(renewal.status).toBe('pending_review');
    await admin.deals.transition(renewal.id, { action: 'request_info', note: 'Contract end?' });

    const answered = await anna.deals.answerInfoRequest(renewal.id, { answer: 'March 2027' });
    expect(answered).toMatchObject({ id: renewal.id, status: 'pending_review' });
    const timeline = await anna.deals.events(renewal.id);
    expect(timeline.items.at(-1)).toMatchObject({ type: 'info_provided', note: 'March 2027' });
    const twice = await anna.deals
      .answerInfoRequest(renewal.id, { answer: 'Again' })
      .catch((e) => e);
    expect(twice).toBeInstanceOf(ConflictError);
  });

  it('runs the vendor’s side: transitions, extensions and the account import', async () => {
    const admin = api.admin();
    const company = { name: 'Matterhorn Pharma SA', domain: 'matterhorn-pharma.ch', country: 'CH' };
    const deal = await anna.deals.create(registration(company));

    const extension = await anna.deals.requestExtension(deal.id, { reason: 'Pilot runs longer' });
    expect(extension).toMatchObject({ dealId: deal.id, status: 'pending' });
    await expect(anna.deals.requestExtension(deal.id, { reason: 'Again' })).rejects.toMatchObject({
      code: 'extension_already_pending',
    });

    const granted = await admin.deals.transition(deal.id, { action: 'grant_extension' });
    expect(granted.extensionsUsed).toBe(1);
    const won = await admin.deals.transition(deal.id, { action: 'won', note: 'Signed' });
    expect(won.status).toBe('won');
    const refused = await admin.deals.transition(deal.id, { action: 'approve' }).catch((e) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ code: 'invalid_transition' });

    const all = await admin.deals.list({ limit: 100 });
    expect(all.items.map((item) => item.id)).toContain(deal.id);

    await expect(
      admin.accounts.import({
        accounts: [
          { name: 'Eiger Bank AG', domain: 'eiger-bank.ch', country: 'CH', externalId: 'crm-1' },
        ],
      }),
    ).resolves.toEqual({ imported: 1, updated: 0 });
    const verdict = await anna.deals.check({
      company: { name: 'Eiger Bank AG', domain: 'eiger-bank.ch', country: 'CH' },
    });
    expect(verdict.status).not.toBe('approved');
    expect(verdict.reasons.map((reason) => reason.code)).toContain('existing_customer');
  });
});
