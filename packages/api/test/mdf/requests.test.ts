import { MdfForm, MdfRequest, MdfRequestDetail, Page } from '@partnerkit/contracts';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mdfLedgerEntries } from '../../src/mdf/ledger.table.js';
import { mdfRequests } from '../../src/mdf/requests.table.js';
import { outboxEvents } from '../../src/outbox/outbox.table.js';
import { partnerUsers } from '../../src/partners/partners.table.js';
import { partnerTokens } from '../deals/builders.js';
import { call, describeBackends, seedTestTenant, TEST_ORIGIN } from '../support/index.js';
import { expectLedgerExplainsFunds, mdfApi, mdfSetup, QUARTER, requestInput } from './builders.js';

describeBackends('MDF requests', (ctx) => {
  async function funded() {
    const setup = await mdfSetup(ctx);
    await setup.api.allocate(setup.tenant.dach, 10_000);
    await setup.api.allocate(setup.tenant.dach, 50_000, 'EUR');
    return setup;
  }

  const requestCount = async () =>
    (await ctx.database.db.select({ n: count() }).from(mdfRequests))[0]!.n;

  describe('POST /v1/mdf/requests', () => {
    it('submits a request that holds its amount at once (pending)', async () => {
      const { tenant, tokens, api } = await funded();
      const { status, body } = await api.submit(
        tokens.dach,
        requestInput({ campaignId: 'cmp_fall_launch' }),
      );
      expect(status).toBe(201);
      expect(MdfRequest.parse(body)).toMatchObject({
        id: expect.stringMatching(/^mdfr_/),
        partnerId: tenant.dach.id,
        status: 'submitted',
        activityType: 'webinar',
        coopRateBps: 5000,
        proof: { files: false, results: ['attendees', 'leads'] },
        period: QUARTER,
        amount: { value: 1000, currency: 'USD' },
        approvedAmount: null,
        reimbursableAmount: null,
        paidAmount: null,
        expectedOutcomes: { leads: 40, attendees: 120 },
        campaignId: 'cmp_fall_launch',
      });
      expect(await api.balance(tokens.dach)).toEqual({
        currency: 'USD',
        period: QUARTER,
        allocated: 10_000,
        pending: 1_000,
        committed: 0,
        claimed: 0,
        paid: 0,
        available: 9_000,
      });
      await expectLedgerExplainsFunds(ctx.database);
    });

    it('refuses more than is available with 422 mdf_insufficient_funds, writing nothing', async () => {
      const { tokens, api } = await funded();
      await api.submit(tokens.dach, requestInput({ amount: { value: 6_000, currency: 'USD' } }));
      const before = { requests: await requestCount(), ...(await api.balance(tokens.dach)) };
      const { status, body } = await api.submit(
        tokens.dach,
        requestInput({ amount: { value: 4_001, currency: 'USD' } }),
      );
      expect(status).toBe(422);
      expect(body).toMatchObject({
        code: 'mdf_insufficient_funds',
        errors: [{ path: 'amount.value', code: 'insufficient_funds' }],
      });
      expect(body.detail).toBe(
        'Only 40.00 USD available for 2026-07-01 to 2026-09-30; the request asks for 40.01 USD',
      );
      expect({ requests: await requestCount(), ...(await api.balance(tokens.dach)) }).toEqual(
        before,
      );
      // Exactly what is left is fine.
      const rest = await api.submit(
        tokens.dach,
        requestInput({ amount: { value: 4_000, currency: 'USD' } }),
      );
      expect(rest.status).toBe(201);
      expect(await api.balance(tokens.dach)).toMatchObject({ available: 0 });
    });

    it('answers 422 mdf_no_allocation for a currency or a day without funds', async () => {
      const { tenant, tokens, api } = await funded();
      const currency = await api.submit(
        tokens.dach,
        requestInput({ amount: { value: 100, currency: 'CHF' } }),
      );
      expect(currency.status).toBe(422);
      expect(currency.body).toMatchObject({
        code: 'mdf_no_allocation',
        errors: [{ path: 'amount.currency' }],
      });
      const later = await api.submit(
        tokens.dach,
        requestInput({ startDate: '2026-10-02', endDate: '2026-10-02' }),
      );
      expect(later.body.code).toBe('mdf_no_allocation');
      // Another partner's funds are not this partner's.
      const other = await api.submit(tokens.northAmerica, requestInput());
      expect(other.body.code).toBe('mdf_no_allocation');
      // An activity that starts in the quarter may end after it.
      const spanning = await api.submit(
        tokens.dach,
        requestInput({ startDate: '2026-09-30', endDate: '2026-10-03' }),
      );
      expect(spanning.status).toBe(201);
      expect(await requestCount()).toBe(1);
      expect(tenant).toBeDefined();
    });

    it('answers 400 with the paths: end before start, unknown activity, bad fields', async () => {
      const { tokens, api } = await funded();
      const backwards = await api.submit(
        tokens.dach,
        requestInput({ startDate: '2026-08-20', endDate: '2026-08-19' }),
      );
      expect(backwards.status).toBe(400);
      expect(backwards.headers.get('Content-Type')).toBe('application/problem+json');
      expect(backwards.body).toMatchObject({
        code: 'validation_failed',
        errors: [{ path: 'endDate', code: 'custom' }],
      });
      const unknown = await api.submit(tokens.dach, requestInput({ activityType: 'skywriting' }));
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([
        expect.objectContaining({ path: 'activityType', code: 'invalid_value' }),
      ]);
      const bad = await api.submit(tokens.dach, {
        ...requestInput(),
        title: '  ',
        amount: { value: -5, currency: 'USD' },
        expectedOutcomes: { leads: 1.5, clicks: 3 },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'amount.value',
        'expectedOutcomes.clicks',
        'expectedOutcomes.leads',
        'title',
      ]);
      const notJson = await call(ctx.app, 'POST', '/v1/mdf/requests', {
        auth: tokens.dach,
        body: 'x',
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(notJson.status).toBe(415);
      expect(await requestCount()).toBe(0);
    });

    it('takes only a partner session', async () => {
      const { tenant, api } = await funded();
      expect((await api.submit(tenant.secretKey, requestInput())).status).toBe(403);
      const publishable = await call(ctx.app, 'POST', '/v1/mdf/requests', {
        auth: tenant.publishableKey,
        body: requestInput(),
        headers: { Origin: TEST_ORIGIN },
      });
      expect(publishable.status).toBe(403);
      const anonymous = await call(ctx.app, 'POST', '/v1/mdf/requests', { body: requestInput() });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('unauthorized');
      expect((await api.submit('not-a-token', requestInput())).status).toBe(401);
      expect(await requestCount()).toBe(0);
    });

    it('returns the first result for a retry with the same Idempotency-Key: one request, one hold', async () => {
      const { tokens, api } = await funded();
      const key = { 'Idempotency-Key': 'mdf-webinar-1' };
      const first = await api.submit(tokens.dach, requestInput(), key);
      const retries = await Promise.all([
        api.submit(tokens.dach, requestInput(), key),
        api.submit(tokens.dach, requestInput(), key),
      ]);
      for (const retry of retries) {
        expect(retry.status).toBe(201);
        expect(retry.body).toEqual(first.body);
      }
      expect(await requestCount()).toBe(1);
      const holds = await ctx.database.db
        .select({ n: count() })
        .from(mdfLedgerEntries)
        .where(eq(mdfLedgerEntries.requestId, first.body.id));
      expect(holds[0]!.n).toBe(1);
      expect(await api.balance(tokens.dach)).toMatchObject({ pending: 1_000 });
      const reused = await api.submit(tokens.dach, requestInput({ title: 'Another' }), key);
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
      // The key is the user's: another partner's same key is its own request.
      const theirs = await api.submit(tokens.northAmerica, requestInput(), key);
      expect(theirs.body.code).toBe('mdf_no_allocation');
    });
  });

  describe('GET /v1/mdf/requests and /v1/mdf/requests/{id}', () => {
    async function withRequests() {
      const setup = await funded();
      const { tenant, tokens, api } = setup;
      await api.allocate(tenant.northAmerica, 10_000);
      const ids: string[] = [];
      for (const value of [100, 200, 300]) {
        ids.push(
          (await api.submit(tokens.dach, requestInput({ amount: { value, currency: 'USD' } }))).body
            .id,
        );
        ctx.clock.advance(1000);
      }
      const theirs = (await api.submit(tokens.northAmerica, requestInput())).body.id as string;
      await api.move(ids[0]!, { action: 'reject' });
      return { ...setup, ids, theirs };
    }

    it('lists the partner’s own requests newest first, with status and cursor', async () => {
      const { tokens, ids } = await withRequests();
      const first = await call(ctx.app, 'GET', '/v1/mdf/requests?limit=2', { auth: tokens.dach });
      expect(first.status).toBe(200);
      const page = Page(MdfRequest).parse(first.body);
      expect(page.items.map((r) => r.id)).toEqual([ids[2], ids[1]]);
      const rest = await call(
        ctx.app,
        'GET',
        `/v1/mdf/requests?limit=2&cursor=${page.nextCursor}`,
        {
          auth: tokens.dach,
        },
      );
      expect(rest.body.items.map((r: MdfRequest) => r.id)).toEqual([ids[0]]);
      expect(rest.body.nextCursor).toBeNull();
      const rejected = await call(ctx.app, 'GET', '/v1/mdf/requests?status=rejected', {
        auth: tokens.dach,
      });
      expect(rejected.body.items.map((r: MdfRequest) => r.id)).toEqual([ids[0]]);
      const bad = await call(ctx.app, 'GET', '/v1/mdf/requests?status=lost', { auth: tokens.dach });
      expect(bad.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'status' }] });
    });

    it('shows a secret key every partner’s requests, by partner and status', async () => {
      const { tenant, ids, theirs } = await withRequests();
      const all = await call(ctx.app, 'GET', '/v1/mdf/requests', { auth: tenant.secretKey });
      expect(all.body.items.map((r: MdfRequest) => r.id)).toEqual([theirs, ids[2], ids[1], ids[0]]);
      const one = await call(
        ctx.app,
        'GET',
        `/v1/mdf/requests?partnerId=${tenant.northAmerica.id}`,
        {
          auth: tenant.secretKey,
        },
      );
      expect(one.body.items.map((r: MdfRequest) => r.id)).toEqual([theirs]);
      const submitted = await call(
        ctx.app,
        'GET',
        `/v1/mdf/requests?status=submitted&partnerId=${tenant.dach.id}`,
        { auth: tenant.secretKey },
      );
      expect(submitted.body.items.map((r: MdfRequest) => r.id)).toEqual([ids[2], ids[1]]);
    });

    it('gives one request with its timeline; another partner’s or tenant’s is 404 and shows nothing', async () => {
      const { tenant, tokens, ids, theirs } = await withRequests();
      const { status, body } = await call(ctx.app, 'GET', `/v1/mdf/requests/${ids[0]}`, {
        auth: tokens.dach,
      });
      expect(status).toBe(200);
      const detail = MdfRequestDetail.parse(body);
      expect(detail.timeline.map((e) => [e.type, e.fromStatus, e.toStatus, e.actor])).toEqual([
        ['submitted', null, 'submitted', 'partner'],
        ['rejected', 'submitted', 'rejected', 'vendor'],
      ]);
      expect(detail.timeline[0]!.amount).toEqual({ value: 100, currency: 'USD' });
      expect(detail.claims).toEqual([]);

      const foreign = await call(ctx.app, 'GET', `/v1/mdf/requests/${theirs}`, {
        auth: tokens.dach,
      });
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('not_found');
      expect(JSON.stringify(foreign.body)).not.toContain(tenant.northAmerica.id);
      const peek = await call(
        ctx.app,
        'GET',
        `/v1/mdf/requests?partnerId=${tenant.northAmerica.id}`,
        {
          auth: tokens.dach,
        },
      );
      expect(peek.body.items).toEqual([]);
      const missing = await call(ctx.app, 'GET', '/v1/mdf/requests/mdfr_nope', {
        auth: tokens.dach,
      });
      expect(missing.status).toBe(404);
      const vendor = await call(ctx.app, 'GET', `/v1/mdf/requests/${theirs}`, {
        auth: tenant.secretKey,
      });
      expect(vendor.status).toBe(200);

      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const otherTokens = await partnerTokens(ctx.app, other);
      for (const auth of [other.secretKey, otherTokens.dach]) {
        expect((await call(ctx.app, 'GET', `/v1/mdf/requests/${ids[1]}`, { auth })).status).toBe(
          404,
        );
        expect((await call(ctx.app, 'GET', '/v1/mdf/requests', { auth })).body.items).toEqual([]);
        const balance = await call(ctx.app, 'GET', `/v1/mdf/balance?partnerId=${tenant.dach.id}`, {
          auth,
        });
        expect(balance.status).toBe(404);
      }
      const publishable = await call(ctx.app, 'GET', '/v1/mdf/requests', {
        auth: tenant.publishableKey,
        headers: { Origin: TEST_ORIGIN },
      });
      expect(publishable.status).toBe(403);
      expect((await call(ctx.app, 'GET', '/v1/mdf/requests')).status).toBe(401);
      expect((await call(ctx.app, 'GET', `/v1/mdf/requests/${ids[1]}`)).status).toBe(401);
    });
  });

  describe('GET /v1/mdf/balance', () => {
    it('lists every period and currency, newest period first; a secret key names the partner', async () => {
      const { tenant, tokens, api } = await funded();
      await api.allocate(tenant.dach, 3_000, 'USD', { start: '2026-04-01', end: '2026-06-30' });
      const mine = await call(ctx.app, 'GET', '/v1/mdf/balance', { auth: tokens.dach });
      expect(
        mine.body.balances.map((b: { currency: string; period: { start: string } }) => [
          b.period.start,
          b.currency,
        ]),
      ).toEqual([
        ['2026-07-01', 'EUR'],
        ['2026-07-01', 'USD'],
        ['2026-04-01', 'USD'],
      ]);
      const vendor = await call(ctx.app, 'GET', `/v1/mdf/balance?partnerId=${tenant.dach.id}`, {
        auth: tenant.secretKey,
      });
      expect(vendor.body).toEqual(mine.body);
      const unnamed = await call(ctx.app, 'GET', '/v1/mdf/balance', { auth: tenant.secretKey });
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.errors).toEqual([expect.objectContaining({ path: 'partnerId' })]);
      const empty = await call(ctx.app, 'GET', '/v1/mdf/balance', { auth: tokens.northAmerica });
      expect(empty.body).toEqual({ balances: [] });
      const peek = await call(ctx.app, 'GET', `/v1/mdf/balance?partnerId=${tenant.dach.id}`, {
        auth: tokens.northAmerica,
      });
      expect(peek.status).toBe(404);
      expect((await call(ctx.app, 'GET', '/v1/mdf/balance')).status).toBe(401);
      const publishable = await call(ctx.app, 'GET', '/v1/mdf/balance', {
        auth: tenant.publishableKey,
        headers: { Origin: TEST_ORIGIN },
      });
      expect(publishable.status).toBe(403);
    });
  });

  describe('GET /v1/mdf/form', () => {
    it('gives the activity types in the user’s locale, else Accept-Language, else English', async () => {
      const { tenant, tokens, api } = await funded();
      await api.allocate(tenant.dach, 1_000, 'USD', { start: '2026-10-01', end: '2026-12-31' });
      await api.allocate(tenant.dach, 1_000, 'USD', { start: '2026-01-01', end: '2026-03-31' });
      const english = await call(ctx.app, 'GET', '/v1/mdf/form', { auth: tokens.dach });
      expect(english.status).toBe(200);
      const form = MdfForm.parse(english.body);
      expect(form.locale).toBe('en');
      expect(form.activityTypes.map((t) => t.key)).toEqual([
        'event',
        'webinar',
        'digital_ads',
        'content_syndication',
        'trade_show',
      ]);
      expect(form.activityTypes[2]).toEqual({
        key: 'digital_ads',
        label: 'Digital advertising',
        coopRateBps: 7500,
        proof: { files: true, results: ['impressions'] },
      });
      expect(form.currencies).toEqual(['EUR', 'USD']);
      // The first quarter has ended; the clock stands in the third.
      expect(form.openPeriods).toEqual([
        { ...QUARTER, currencies: ['EUR', 'USD'] },
        { start: '2026-10-01', end: '2026-12-31', currencies: ['USD'] },
      ]);

      const japanese = await call(ctx.app, 'GET', '/v1/mdf/form', {
        auth: tokens.dach,
        headers: { 'Accept-Language': 'ko;q=0.9, ja-JP;q=0.8, en;q=0.5' },
      });
      expect(japanese.body.locale).toBe('ja');
      expect(japanese.body.activityTypes[4].label).toBe('展示会');

      await ctx.database.db
        .update(partnerUsers)
        .set({ locale: 'ar' })
        .where(eq(partnerUsers.id, tenant.dach.users[0]!.id));
      const arabic = await call(ctx.app, 'GET', '/v1/mdf/form', {
        auth: tokens.dach,
        headers: { 'Accept-Language': 'ja' },
      });
      expect(arabic.body.locale).toBe('ar');
      expect(arabic.body.activityTypes[0].label).toBe('فعالية');

      const none = await call(ctx.app, 'GET', '/v1/mdf/form', { auth: tokens.northAmerica });
      expect(none.body).toMatchObject({ currencies: [], openPeriods: [] });
      expect((await call(ctx.app, 'GET', '/v1/mdf/form', { auth: tenant.secretKey })).status).toBe(
        403,
      );
      expect((await call(ctx.app, 'GET', '/v1/mdf/form')).status).toBe(401);
    });

    it('serves the tenant’s own activity types from its settings', async () => {
      ctx.clock.set('2026-08-15T10:00:00Z');
      const tenant = await seedTestTenant(ctx.database, {
        settings: {
          mdfActivityTypes: [
            {
              key: 'podcast',
              label: 'Podcast sponsorship',
              labels: { de: 'Podcast-Sponsoring' },
              coopRateBps: 2500,
              proof: { files: true, results: [] },
            },
          ],
        },
      });
      const tokens = await partnerTokens(ctx.app, tenant);
      const form = await call(ctx.app, 'GET', '/v1/mdf/form', {
        auth: tokens.dach,
        headers: { 'Accept-Language': 'de-AT' },
      });
      expect(form.body.activityTypes).toEqual([
        {
          key: 'podcast',
          label: 'Podcast-Sponsoring',
          coopRateBps: 2500,
          proof: { files: true, results: [] },
        },
      ]);
      const api = mdfApi(ctx.app, tenant);
      await api.allocate(tenant.dach, 5_000);
      expect((await api.submit(tokens.dach, requestInput())).body.errors[0].path).toBe(
        'activityType',
      );
      const ok = await api.submit(tokens.dach, requestInput({ activityType: 'podcast' }));
      expect(ok.body).toMatchObject({ status: 'submitted', coopRateBps: 2500 });
      const outbox = await ctx.database.db
        .select({ type: outboxEvents.type })
        .from(outboxEvents)
        .where(eq(outboxEvents.mdfRequestId, ok.body.id));
      expect(outbox.map((row) => row.type)).toEqual(['mdf_request.submitted']);
    });
  });
});
