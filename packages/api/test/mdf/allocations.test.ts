import { MdfAllocation, Page } from '@partnerkit/contracts';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mdfAllocations } from '../../src/mdf/allocations.table.js';
import { call, describeBackends, seedTestTenant, TEST_ORIGIN } from '../support/index.js';
import { expectLedgerExplainsFunds, fundsOf, mdfApi, mdfSetup, QUARTER } from './builders.js';

describeBackends('MDF allocations', (ctx) => {
  describe('POST /v1/mdf/allocations', () => {
    it('allocates funds to a partner for a period: 201 with the allocation', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      const { status, body } = await call(ctx.app, 'POST', '/v1/mdf/allocations', {
        auth: tenant.secretKey,
        body: {
          partnerId: tenant.dach.id,
          period: QUARTER,
          amount: { value: 2_500_000, currency: 'EUR' },
          note: 'Q3 gold tier',
        },
      });
      expect(status).toBe(201);
      expect(MdfAllocation.parse(body)).toEqual({
        id: expect.stringMatching(/^mdfa_/),
        partnerId: tenant.dach.id,
        period: QUARTER,
        amount: { value: 2_500_000, currency: 'EUR' },
        note: 'Q3 gold tier',
        createdAt: '2026-08-15T10:00:00.000Z',
      });
      expect(await api.balance(tokens.dach, 'EUR')).toMatchObject({
        allocated: 2_500_000,
        available: 2_500_000,
      });
    });

    it('adds up several allocations of one period and currency in one fund', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      for (const value of [10_000, 5_000, 2_500]) {
        expect((await api.allocate(tenant.dach, value)).status).toBe(201);
      }
      expect((await api.allocate(tenant.dach, 7_000, 'EUR')).status).toBe(201);
      const funds = await fundsOf(ctx.database, tenant.dach.id);
      expect(funds.map((fund) => [fund.currency, fund.allocated]).sort()).toEqual([
        ['EUR', 7_000],
        ['USD', 17_500],
      ]);
      expect(await api.balance(tokens.dach)).toMatchObject({ allocated: 17_500 });
      await expectLedgerExplainsFunds(ctx.database);
    });

    it('refuses a period that overlaps another of the partner in that currency (409)', async () => {
      const { tenant, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 10_000);
      const overlapping = await api.allocate(tenant.dach, 1_000, 'USD', {
        start: '2026-09-01',
        end: '2026-12-31',
      });
      expect(overlapping.status).toBe(409);
      expect(overlapping.body).toMatchObject({
        code: 'mdf_period_overlap',
        errors: [{ path: 'period' }],
      });
      expect(overlapping.body.detail).toContain('2026-07-01 to 2026-09-30');
      // Another currency, the next quarter and another partner are all fine.
      const fine = await Promise.all([
        api.allocate(tenant.dach, 1_000, 'EUR', { start: '2026-09-01', end: '2026-12-31' }),
        api.allocate(tenant.dach, 1_000, 'USD', { start: '2026-10-01', end: '2026-12-31' }),
        api.allocate(tenant.northAmerica, 1_000, 'USD', { start: '2026-09-01', end: '2026-12-31' }),
      ]);
      expect(fine.map((r) => r.status)).toEqual([201, 201, 201]);
    });

    it('answers 400 with the paths of invalid fields', async () => {
      const { tenant } = await mdfSetup(ctx);
      const { status, headers, body } = await call(ctx.app, 'POST', '/v1/mdf/allocations', {
        auth: tenant.secretKey,
        body: {
          partnerId: tenant.dach.id,
          period: { start: '2026-09-30', end: '2026-07-01' },
          amount: { value: 10.5, currency: 'usd' },
          extra: true,
        },
      });
      expect(status).toBe(400);
      expect(headers.get('Content-Type')).toBe('application/problem+json');
      expect(body.code).toBe('validation_failed');
      expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'amount.currency',
        'amount.value',
        'extra',
        'period.end',
      ]);
      const backwards = await call(ctx.app, 'POST', '/v1/mdf/allocations', {
        auth: tenant.secretKey,
        body: {
          partnerId: tenant.dach.id,
          period: { start: '2026-09-30', end: '2026-07-01' },
          amount: { value: 10, currency: 'USD' },
        },
      });
      expect(backwards.body.errors).toEqual([
        expect.objectContaining({ path: 'period.end', code: 'custom' }),
      ]);
    });

    it("404s a partner of another tenant, and only takes the tenant's secret key", async () => {
      const { tenant, tokens } = await mdfSetup(ctx);
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const foreign = await mdfApi(ctx.app, tenant).allocate(other.dach, 1_000);
      expect(foreign.status).toBe(404);
      expect(foreign.body).toMatchObject({ code: 'not_found', errors: [{ path: 'partnerId' }] });
      const body = {
        partnerId: tenant.dach.id,
        period: QUARTER,
        amount: { value: 1, currency: 'USD' },
      };
      const asPartner = await call(ctx.app, 'POST', '/v1/mdf/allocations', {
        auth: tokens.dach,
        body,
      });
      expect(asPartner.status).toBe(403);
      const publishable = await call(ctx.app, 'POST', '/v1/mdf/allocations', {
        auth: tenant.publishableKey,
        body,
        headers: { Origin: TEST_ORIGIN },
      });
      expect(publishable.status).toBe(403);
      expect((await call(ctx.app, 'POST', '/v1/mdf/allocations', { body })).status).toBe(401);
      expect(await fundsOf(ctx.database, tenant.dach.id)).toEqual([]);
    });

    it('returns the first result for a retry with the same Idempotency-Key, and allocates once', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      const key = { 'Idempotency-Key': 'alloc-q3-dach' };
      const first = await api.allocate(tenant.dach, 10_000, 'USD', QUARTER, key);
      const retry = await api.allocate(tenant.dach, 10_000, 'USD', QUARTER, key);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      const [row] = await ctx.database.db
        .select({ n: count() })
        .from(mdfAllocations)
        .where(eq(mdfAllocations.partnerId, tenant.dach.id));
      expect(row!.n).toBe(1);
      expect(await api.balance(tokens.dach)).toMatchObject({ allocated: 10_000 });
      const reused = await api.allocate(tenant.dach, 20_000, 'USD', QUARTER, key);
      expect(reused.body.code).toBe('idempotency_key_reused');
    });
  });

  describe('GET /v1/mdf/allocations', () => {
    it('pages newest first; a secret key filters by partner, a partner sees its own', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      for (let i = 0; i < 3; i++) {
        await api.allocate(tenant.dach, 1_000 + i);
        ctx.clock.advance(1000);
      }
      await api.allocate(tenant.northAmerica, 5_000);
      const first = await call(
        ctx.app,
        'GET',
        `/v1/mdf/allocations?partnerId=${tenant.dach.id}&limit=2`,
        {
          auth: tenant.secretKey,
        },
      );
      expect(first.status).toBe(200);
      const page = Page(MdfAllocation).parse(first.body);
      expect(page.items.map((a) => a.amount.value)).toEqual([1_002, 1_001]);
      const second = await call(
        ctx.app,
        'GET',
        `/v1/mdf/allocations?partnerId=${tenant.dach.id}&limit=2&cursor=${page.nextCursor}`,
        { auth: tenant.secretKey },
      );
      expect(second.body.items.map((a: MdfAllocation) => a.amount.value)).toEqual([1_000]);
      expect(second.body.nextCursor).toBeNull();
      const all = await call(ctx.app, 'GET', '/v1/mdf/allocations', { auth: tenant.secretKey });
      expect(all.body.items).toHaveLength(4);
      const own = await call(ctx.app, 'GET', '/v1/mdf/allocations', { auth: tokens.northAmerica });
      expect(own.body.items.map((a: MdfAllocation) => a.partnerId)).toEqual([
        tenant.northAmerica.id,
      ]);
      const peek = await call(ctx.app, 'GET', `/v1/mdf/allocations?partnerId=${tenant.dach.id}`, {
        auth: tokens.northAmerica,
      });
      expect(peek.body.items).toEqual([]);
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const foreign = await call(ctx.app, 'GET', '/v1/mdf/allocations', { auth: other.secretKey });
      expect(foreign.body.items).toEqual([]);
      const bad = await call(ctx.app, 'GET', '/v1/mdf/allocations?cursor=nope', {
        auth: tenant.secretKey,
      });
      expect(bad.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'cursor' }] });
    });
  });
});
