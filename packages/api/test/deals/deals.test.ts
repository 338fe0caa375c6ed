import { describe, expect, it } from 'vitest';
import { DAY, call, describeBackends, seedTestTenant, sessionFor } from '../support/index.js';
import { dealInput, partnerTokens, register } from './builders.js';

describeBackends('deals', (ctx) => {
  describe('GET /v1/deal-form', () => {
    it("serves the tenant's catalogue, rules and the partner's territory", async () => {
      const tenant = await seedTestTenant(ctx.database, {
        settings: {
          customFields: [
            { key: 'budgetApproved', type: 'boolean', label: 'Budget approved', required: true },
          ],
        },
      });
      const tokens = await partnerTokens(ctx.app, tenant);
      const { status, body } = await call(ctx.app, 'GET', '/v1/deal-form', { auth: tokens.dach });
      expect(status).toBe(200);
      expect(body.products.map((p: { id: string }) => p.id).sort()).toEqual(
        tenant.products.map((p) => p.id).sort(),
      );
      expect(body.countries).toEqual(['DE', 'AT', 'CH']);
      expect(body.dealTypes).toEqual(['new', 'upsell', 'renewal']);
      expect(body.customFields).toHaveLength(1);
      expect(body.rules).toEqual({ protectionDays: 90, extensionDays: 30, maxExtensions: 2 });
    });

    it('takes a partner session only', async () => {
      const tenant = await seedTestTenant(ctx.database);
      expect((await call(ctx.app, 'GET', '/v1/deal-form')).status).toBe(401);
      const secret = await call(ctx.app, 'GET', '/v1/deal-form', { auth: tenant.secretKey });
      expect(secret.status).toBe(403);
    });
  });

  describe('POST /v1/deals', () => {
    it('approves a clean registration, protects it and routes it by country', async () => {
      ctx.clock.set('2026-11-23T10:00:00Z');
      const tenant = await seedTestTenant(ctx.database);
      const tokens = await partnerTokens(ctx.app, tenant);
      const { status, body } = await register(ctx.app, tokens.dach, dealInput(tenant));
      expect(status).toBe(201);
      expect(body).toMatchObject({
        partnerId: tenant.dach.id,
        status: 'approved',
        reasons: [{ code: 'no_conflict' }],
        company: { name: 'Globex GmbH', domain: 'globex.de', country: 'DE' },
        amount: { value: 1_250_000, currency: 'EUR' },
        extensionsUsed: 0,
        assignedManager: { name: 'Erika Manager' },
        createdAt: '2026-11-23T10:00:00.000Z',
      });
      expect(body.protectedUntil).toBe(
        new Date(Date.parse('2026-11-23T10:00:00Z') + 90 * DAY).toISOString(),
      );

      const us = await register(
        ctx.app,
        tokens.northAmerica,
        dealInput(
          tenant,
          { name: 'Initech', domain: 'initech.com', country: 'US' },
          { amount: { value: 100, currency: 'USD' } },
        ),
      );
      expect(us.body.assignedManager).toMatchObject({ name: 'Adam Manager' });
    });

    it('records the submission and the decision in the timeline', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const tokens = await partnerTokens(ctx.app, tenant);
      const deal = (await register(ctx.app, tokens.dach, dealInput(tenant))).body;
      const { status, body } = await call(ctx.app, 'GET', `/v1/deals/${deal.id}/events`, {
        auth: tokens.dach,
      });
      expect(status).toBe(200);
      expect(body.items.map((e: { type: string }) => e.type)).toEqual(['submitted', 'approved']);
      expect(body.items[1]).toMatchObject({
        fromStatus: 'submitted',
        toStatus: 'approved',
        actor: 'system',
      });
      expect(body.nextCursor).toBeNull();
    });

    it('rejects unknown products, foreign currencies and bad custom fields with field paths', async () => {
      const tenant = await seedTestTenant(ctx.database, {
        settings: {
          customFields: [
            { key: 'budgetApproved', type: 'boolean', label: 'Budget approved', required: true },
            {
              key: 'segment',
              type: 'select',
              label: 'Segment',
              required: false,
              options: [
                { value: 'smb', label: 'SMB' },
                { value: 'enterprise', label: 'Enterprise' },
              ],
            },
          ],
        },
      });
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const tokens = await partnerTokens(ctx.app, tenant);
      const { status, body } = await register(
        ctx.app,
        tokens.dach,
        dealInput(
          tenant,
          {},
          {
            products: [tenant.products[0]!.id, other.products[0]!.id],
            amount: { value: 100, currency: 'JPY' },
            customFields: { segment: 'galactic' },
          },
        ),
      );
      expect(status).toBe(400);
      expect(body.code).toBe('validation_failed');
      const paths = body.errors.map((e: { path: string }) => e.path).sort();
      expect(paths).toEqual([
        'amount.currency',
        'customFields.budgetApproved',
        'customFields.segment',
        'products.1',
      ]);
      const ok = await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, {}, { customFields: { budgetApproved: true, segment: 'smb' } }),
      );
      expect(ok.status).toBe(201);
      expect(ok.body.customFields).toEqual({ budgetApproved: true, segment: 'smb' });
    });

    it('rejects malformed input, unknown fields and non-JSON bodies', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const tokens = await partnerTokens(ctx.app, tenant);
      const bad = await register(ctx.app, tokens.dach, {
        ...dealInput(tenant, { domain: 'not a domain' }),
        amount: { value: 12.5, currency: 'EUR' },
        sneaky: true,
      });
      expect(bad.status).toBe(400);
      const paths = bad.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['company.domain', 'amount.value', 'sneaky']));

      const text = await call(ctx.app, 'POST', '/v1/deals', {
        auth: tokens.dach,
        body: 'x',
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(text.status).toBe(415);
      const broken = await ctx.app.request('/v1/deals', {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens.dach}`, 'Content-Type': 'application/json' },
        body: '{"company":',
      });
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as { code: string }).code).toBe('malformed_json');
    });

    it('is for partner sessions: no credential 401, secret key 403', async () => {
      const tenant = await seedTestTenant(ctx.database);
      expect((await register(ctx.app, '', dealInput(tenant))).status).toBe(401);
      expect((await register(ctx.app, tenant.secretKey, dealInput(tenant))).status).toBe(403);
    });

    it('returns the first result to a retry with the same Idempotency-Key', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const tokens = await partnerTokens(ctx.app, tenant);
      const headers = { 'Idempotency-Key': 'reg-0001' };
      const first = await register(ctx.app, tokens.dach, dealInput(tenant), headers);
      const retry = await register(ctx.app, tokens.dach, dealInput(tenant), headers);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      const list = await call(ctx.app, 'GET', '/v1/deals', { auth: tokens.dach });
      expect(list.body.items).toHaveLength(1);

      const reused = await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, { name: 'Hooli', domain: 'hooli.de' }),
        headers,
      );
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
    });
  });

  describe('GET /v1/deals and /v1/deals/{id}', () => {
    async function seedDeals() {
      const tenant = await seedTestTenant(ctx.database);
      const tokens = await partnerTokens(ctx.app, tenant);
      const dachDeals = [];
      for (let i = 0; i < 5; i++) {
        ctx.clock.advance(1000);
        const company = { name: `Kunde ${i} AG`, domain: `kunde${i}.de` };
        dachDeals.push((await register(ctx.app, tokens.dach, dealInput(tenant, company))).body);
      }
      ctx.clock.advance(1000);
      const outside = await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, { name: 'Lyon Industries', domain: 'lyon.fr', country: 'FR' }),
      );
      dachDeals.push(outside.body);
      const usDeal = (
        await register(
          ctx.app,
          tokens.northAmerica,
          dealInput(
            tenant,
            { name: 'Initech', domain: 'initech.com', country: 'US' },
            { amount: { value: 5, currency: 'USD' } },
          ),
        )
      ).body;
      return { tenant, tokens, dachDeals, usDeal };
    }

    it('pages newest first with a cursor and filters by status', async () => {
      const { tokens, dachDeals } = await seedDeals();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await call(ctx.app, 'GET', `/v1/deals${query}`, { auth: tokens.dach });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((d: { id: string }) => d.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(dachDeals.map((d) => d.id).reverse());

      const rejected = await call(ctx.app, 'GET', '/v1/deals?status=rejected', {
        auth: tokens.dach,
      });
      expect(rejected.body.items.map((d: { id: string }) => d.id)).toEqual([dachDeals[5].id]);
      expect(rejected.body.items[0].reasons[0].code).toBe('outside_territory');

      const badCursor = await call(ctx.app, 'GET', '/v1/deals?cursor=nonsense', {
        auth: tokens.dach,
      });
      expect(badCursor.status).toBe(400);
      const badStatus = await call(ctx.app, 'GET', '/v1/deals?status=maybe', { auth: tokens.dach });
      expect(badStatus.status).toBe(400);
      const badLimit = await call(ctx.app, 'GET', '/v1/deals?limit=1000', { auth: tokens.dach });
      expect(badLimit.status).toBe(400);
    });

    it("shows a partner only its own deals, a secret key the tenant's", async () => {
      const { tenant, tokens, dachDeals, usDeal } = await seedDeals();
      const mine = await call(ctx.app, 'GET', '/v1/deals?limit=100', { auth: tokens.northAmerica });
      expect(mine.body.items.map((d: { id: string }) => d.id)).toEqual([usDeal.id]);
      const all = await call(ctx.app, 'GET', '/v1/deals?limit=100', { auth: tenant.secretKey });
      expect(all.body.items).toHaveLength(dachDeals.length + 1);

      const other = await call(ctx.app, 'GET', `/v1/deals/${dachDeals[0].id}`, {
        auth: tokens.northAmerica,
      });
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('not_found');
      const events = await call(ctx.app, 'GET', `/v1/deals/${dachDeals[0].id}/events`, {
        auth: tokens.northAmerica,
      });
      expect(events.status).toBe(404);
      const own = await call(ctx.app, 'GET', `/v1/deals/${dachDeals[0].id}`, { auth: tokens.dach });
      expect(own.status).toBe(200);
      expect(own.body).toEqual(dachDeals[0]);
      const bySecret = await call(ctx.app, 'GET', `/v1/deals/${usDeal.id}`, {
        auth: tenant.secretKey,
      });
      expect(bySecret.body).toEqual(usDeal);
      const missing = await call(ctx.app, 'GET', '/v1/deals/deal_nope', { auth: tenant.secretKey });
      expect(missing.status).toBe(404);
    });

    it("never shows another tenant's deals, even to its secret key", async () => {
      const { dachDeals } = await seedDeals();
      const otherTenant = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const otherToken = await sessionFor(ctx.app, otherTenant.dach, otherTenant.dach.users[0]!);
      for (const auth of [otherTenant.secretKey, otherToken]) {
        const list = await call(ctx.app, 'GET', '/v1/deals', { auth });
        expect(list.body.items).toEqual([]);
        const get = await call(ctx.app, 'GET', `/v1/deals/${dachDeals[0].id}`, { auth });
        expect(get.status).toBe(404);
      }
      // The same customer is free in another tenant: registrations never cross tenants.
      const same = await register(
        ctx.app,
        otherToken,
        dealInput(otherTenant, { name: 'Kunde 0 AG', domain: 'kunde0.de' }),
      );
      expect(same.body.status).toBe('approved');
    });

    it('pages a long timeline in order', async () => {
      const { tenant, tokens, dachDeals } = await seedDeals();
      const id = dachDeals[0].id;
      const transition = (action: string) =>
        call(ctx.app, 'POST', `/v1/deals/${id}/transitions`, {
          auth: tenant.secretKey,
          body: { action },
        });
      for (let i = 0; i < 2; i++) {
        await call(ctx.app, 'POST', `/v1/deals/${id}/extension-requests`, {
          auth: tokens.dach,
          body: { reason: `Round ${i}` },
        });
        await transition('deny_extension');
      }
      const types: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await call(ctx.app, 'GET', `/v1/deals/${id}/events${query}`, {
          auth: tenant.secretKey,
        });
        types.push(...page.body.items.map((e: { type: string }) => e.type));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(types).toEqual([
        'submitted',
        'approved',
        'extension_requested',
        'extension_denied',
        'extension_requested',
        'extension_denied',
      ]);
    });
  });
});
