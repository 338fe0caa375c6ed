import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { SIMILARITY_THRESHOLD } from '../../src/deals/conflicts.js';
import { normalizeCompanyName } from '../../src/deals/normalize.js';
import { partners } from '../../src/partners/partners.table.js';
import { DAY, call, describeBackends, seedTestTenant } from '../support/index.js';
import { check, dealInput, partnerTokens, register } from './builders.js';

const codes = (body: { reasons: { code: string }[] }) => body.reasons.map((r) => r.code);

describeBackends('deal rules', (ctx) => {
  async function setup() {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    // The DACH partner holds Globex; the US partner also sells in DE for these tests.
    await register(
      ctx.app,
      tokens.dach,
      dealInput(tenant, { name: 'Globex Systems GmbH', domain: 'globex-systems.de' }),
    );
    return { tenant, tokens };
  }

  describe('territory', () => {
    it("rejects customers outside the partner's countries", async () => {
      const { tenant, tokens } = await setup();
      const deal = await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, { name: 'Lyon Industries', domain: 'lyon.fr', country: 'FR' }),
      );
      expect(deal.body.status).toBe('rejected');
      expect(codes(deal.body)).toEqual(['outside_territory']);
      expect(deal.body.protectedUntil).toBeNull();
      const verdict = await check(ctx.app, tokens.dach, { name: 'Lyon Industries', country: 'FR' });
      expect(verdict.body.status).toBe('rejected');
      const unknownCountry = await check(ctx.app, tokens.dach, { name: 'Lyon Industries' });
      expect(unknownCountry.body).toEqual({
        status: 'approved',
        reasons: [{ code: 'no_conflict', message: expect.any(String) }],
      });
    });
  });

  describe("another partner's registration", () => {
    it.each([
      ['the exact domain', { name: 'Totally Different Name', domain: 'globex-systems.de' }],
      [
        'the domain written as a URL',
        { name: 'Other', domain: 'https://WWW.Globex-Systems.de/kontakt' },
      ],
      ['the same name with another legal form', { name: 'GLOBEX SYSTEMS AG', domain: 'gsys.ch' }],
      ['the same name with punctuation', { name: 'Globex-Systems, Inc.', domain: 'globex.ch' }],
    ])('rejects %s as a duplicate', async (_, company) => {
      const { tenant } = await setup();
      const other = await seedPartnerInDach(tenant);
      const verdict = await check(ctx.app, other, { ...company, country: 'CH' });
      expect(verdict.body.status).toBe('rejected');
      expect(codes(verdict.body)).toEqual(['duplicate_domain']);
      const deal = await register(ctx.app, other, dealInput(tenant, { ...company, country: 'CH' }));
      expect(deal.body.status).toBe('rejected');
    });

    it.each([
      ['a one-letter typo', 'Globex Sytems GmbH'],
      ['a missing letter and another case', 'GLOBX SYSTEMS'],
      ['a swapped pair of letters', 'Glboex Systems Ltd'],
      ['an extra word', 'Globex Systems Europe'],
    ])('sends %s to review as a similar company', async (_, name) => {
      const { tenant } = await setup();
      const other = await seedPartnerInDach(tenant);
      const verdict = await check(ctx.app, other, {
        name,
        domain: 'another-domain.de',
        country: 'DE',
      });
      expect(verdict.body).toMatchObject({ status: 'pending_review' });
      expect(codes(verdict.body)).toEqual(['similar_company']);
    });

    it.each([
      ['one swap in a short name', 'Kovac GmbH', 'Kvoac'],
      ['two swaps in a short name', 'Kovac GmbH', 'Kvaoc'],
      [
        'its words among many more',
        'Globex Systems GmbH',
        'Globex Systems Nordic Europe International Holding',
      ],
    ])('sends %s to review, which trigram similarity misses', async (_, held, name) => {
      const { tenant, tokens } = await setup();
      await register(ctx.app, tokens.dach, dealInput(tenant, { name: held, domain: 'held.de' }));
      const other = await seedPartnerInDach(tenant);
      const scored = await ctx.database.db.execute(
        sql`select similarity(${normalizeCompanyName(held)}, ${normalizeCompanyName(name)}) as s`,
      );
      expect(rowsOf<{ s: number }>(scored)[0]!.s).toBeLessThan(SIMILARITY_THRESHOLD);
      const verdict = await check(ctx.app, other, { name, domain: 'another.de', country: 'DE' });
      expect(verdict.body).toMatchObject({ status: 'pending_review' });
      expect(codes(verdict.body)).toEqual(['similar_company']);
    });

    it.each([
      ['a company sharing one word', 'Globex Logistics'],
      ['another company in the same trade', 'Initrode Systems'],
      ['an unrelated company', 'Initech'],
    ])('approves %s', async (_, name) => {
      const { tenant } = await setup();
      const other = await seedPartnerInDach(tenant);
      const verdict = await check(ctx.app, other, {
        name,
        domain: 'another-domain.de',
        country: 'DE',
      });
      expect(verdict.body.status).toBe('approved');
    });

    it('never names the other partner or its deal', async () => {
      const { tenant } = await setup();
      const other = await seedPartnerInDach(tenant);
      for (const name of ['Globex Systems', 'Globex Sytems']) {
        const verdict = await check(ctx.app, other, { name, domain: 'globex-systems.de' });
        const text = JSON.stringify(verdict.body);
        expect(Object.keys(verdict.body).sort()).toEqual(['reasons', 'status']);
        for (const leak of [
          tenant.dach.name,
          tenant.dach.id,
          'Anna',
          'Globex Systems GmbH',
          'Erika',
        ]) {
          expect(text).not.toContain(leak);
        }
      }
    });

    it('frees the customer once the other deal is lost', async () => {
      const { tenant, tokens } = await setup();
      const other = await seedPartnerInDach(tenant);
      const list = await call(ctx.app, 'GET', '/v1/deals', { auth: tokens.dach });
      await call(ctx.app, 'POST', `/v1/deals/${list.body.items[0].id}/transitions`, {
        auth: tenant.secretKey,
        body: { action: 'lost' },
      });
      const verdict = await check(ctx.app, other, {
        name: 'Globex Systems',
        domain: 'globex-systems.de',
      });
      expect(verdict.body.status).toBe('approved');
    });

    async function seedPartnerInDach(tenant: Awaited<ReturnType<typeof setup>>['tenant']) {
      // The North America partner, given DACH too, plays "another partner" in the same territory.
      await ctx.database.db
        .update(partners)
        .set({ countries: ['US', 'CA', 'DE', 'AT', 'CH'] })
        .where(eq(partners.id, tenant.northAmerica.id));
      return (await partnerTokens(ctx.app, tenant)).northAmerica;
    }
  });

  describe('lapsed protection', () => {
    it('frees the customer once protection ended, and expires the old deal on the next registration', async () => {
      const { tenant, tokens } = await setup();
      const [held] = (await call(ctx.app, 'GET', '/v1/deals', { auth: tokens.dach })).body.items;
      ctx.clock.advance(91 * DAY);
      const fresh = await partnerTokens(ctx.app, tenant);
      const company = { name: 'Globex Systems', domain: 'globex-systems.de' };
      expect((await check(ctx.app, fresh.dach, company)).body.status).toBe('approved');
      expect(
        (await call(ctx.app, 'GET', `/v1/deals/${held.id}`, { auth: fresh.dach })).body.status,
      ).toBe('approved');
      const again = await register(ctx.app, fresh.dach, dealInput(tenant, company));
      expect(again.body.status).toBe('approved');
      const old = await call(ctx.app, 'GET', `/v1/deals/${held.id}`, { auth: fresh.dach });
      expect(old.body).toMatchObject({ status: 'expired', protectedUntil: null });
      const events = await call(ctx.app, 'GET', `/v1/deals/${held.id}/events`, {
        auth: fresh.dach,
      });
      expect(events.body.items.at(-1)).toMatchObject({
        type: 'expired',
        fromStatus: 'approved',
        toStatus: 'expired',
        actor: 'system',
      });
    });
  });

  describe("the partner's own registration", () => {
    it('rejects registering the same customer twice', async () => {
      const { tenant, tokens } = await setup();
      const again = await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, { name: 'Globex Systems', domain: 'globex-systems.de' }),
      );
      expect(again.body.status).toBe('rejected');
      expect(codes(again.body)).toEqual(['already_registered_by_you']);
    });
  });

  describe('existing vendor accounts', () => {
    async function withAccount() {
      const state = await setup();
      const imported = await call(ctx.app, 'POST', '/v1/accounts/import', {
        auth: state.tenant.secretKey,
        body: {
          accounts: [{ name: 'Umbrella Corporation', domain: 'umbrella.de', country: 'DE' }],
        },
      });
      expect(imported.body).toEqual({ imported: 1, updated: 0 });
      return state;
    }

    it('rejects new business with an existing customer, by domain or by name', async () => {
      const { tenant, tokens } = await withAccount();
      for (const company of [
        { name: 'Umbrella Deutschland', domain: 'https://umbrella.de' },
        { name: 'Umbrella Corp.', domain: 'umbrella-corp.de' },
      ]) {
        const deal = await register(ctx.app, tokens.dach, dealInput(tenant, company));
        expect(deal.body.status).toBe('rejected');
        expect(codes(deal.body)).toEqual(['existing_customer']);
      }
    });

    it('sends upsell and renewal of an existing customer to review', async () => {
      const { tenant, tokens } = await withAccount();
      for (const dealType of ['upsell', 'renewal'] as const) {
        const verdict = await check(
          ctx.app,
          tokens.dach,
          { name: 'Umbrella GmbH', domain: 'umbrella.de' },
          dealType,
        );
        expect(verdict.body.status).toBe('pending_review');
        expect(codes(verdict.body)).toEqual(['existing_customer']);
      }
      const deal = await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, { name: 'Umbrella GmbH', domain: 'umbrella.de' }, { dealType: 'upsell' }),
      );
      expect(deal.body).toMatchObject({
        status: 'pending_review',
        protectedUntil: null,
        assignedManager: null,
      });
    });

    it('sends a merely similar account name to review, whatever the deal type', async () => {
      const { tokens } = await withAccount();
      const verdict = await check(ctx.app, tokens.dach, {
        name: 'Umbrela Corporation',
        domain: 'umbrela.de',
      });
      expect(verdict.body.status).toBe('pending_review');
      expect(codes(verdict.body)).toEqual(['existing_customer']);
    });

    it("ignores other tenants' accounts", async () => {
      const { tokens } = await withAccount();
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      await call(ctx.app, 'POST', '/v1/accounts/import', {
        auth: other.secretKey,
        body: { accounts: [{ name: 'Wayne Enterprises', domain: 'wayne.de', country: 'DE' }] },
      });
      const verdict = await check(ctx.app, tokens.dach, {
        name: 'Wayne Enterprises',
        domain: 'wayne.de',
      });
      expect(verdict.body.status).toBe('approved');
    });
  });

  it('lists every finding, strongest first', async () => {
    const { tokens } = await setup();
    const verdict = await check(ctx.app, tokens.dach, { name: 'Globex Systems', country: 'FR' });
    expect(verdict.body.status).toBe('rejected');
    expect(codes(verdict.body)).toEqual(['outside_territory', 'already_registered_by_you']);
  });

  describe('POST /v1/deals/check', () => {
    it('writes nothing', async () => {
      const { tenant, tokens } = await setup();
      await check(ctx.app, tokens.northAmerica, {
        name: 'Initech',
        domain: 'initech.com',
        country: 'US',
      });
      const all = await call(ctx.app, 'GET', '/v1/deals', { auth: tenant.secretKey });
      expect(all.body.items).toHaveLength(1);
    });

    it('validates its input and takes partner sessions only', async () => {
      const { tenant, tokens } = await setup();
      const bad = await call(ctx.app, 'POST', '/v1/deals/check', {
        auth: tokens.dach,
        body: { company: { name: '', domain: 'x' } },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'company.domain',
        'company.name',
      ]);
      const secret = await check(ctx.app, tenant.secretKey, { name: 'Initech' });
      expect(secret.status).toBe(403);
    });
  });
});
