import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { findSessionPrincipal } from '../../src/auth/session-principal.js';
import { partners } from '../../src/partners/partners.table.js';
import { newSigningSecret } from '../../src/tenants/tenants.service.js';
import { tenants } from '../../src/tenants/tenants.table.js';
import { dealInput, register } from '../deals/builders.js';
import {
  MINUTE,
  call,
  describeBackends,
  seedTestTenant,
  sessionFor,
  type TestTenant,
} from '../support/index.js';
import { signSessionToken } from '../support/sign-session.js';

/** The session check reads secret, user and partner context in one query, fresh each time. */
describeBackends('partner sessions: the one-query principal', (ctx) => {
  const form = (token: string) => call(ctx.app, 'GET', '/v1/deal-form', { auth: token });
  const inFiveMinutes = () => new Date(ctx.clock.now().getTime() + 5 * MINUTE);
  const claimsOf = (tenant: TestTenant) => ({
    tid: tenant.id,
    pid: tenant.dach.id,
    sub: tenant.dach.users[0]!.id,
  });

  it('finds the secret and, for a member, the partner context', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const { db } = ctx.database;
    const member = await findSessionPrincipal(db, claimsOf(tenant));
    expect(member).toEqual({
      signingSecret: tenant.signingSecret,
      partner: {
        settings: expect.objectContaining({ currencies: ['USD', 'EUR'] }),
        countries: ['DE', 'AT', 'CH'],
      },
    });
    const stranger = { ...claimsOf(tenant), sub: tenant.northAmerica.users[0]!.id };
    expect(await findSessionPrincipal(db, stranger)).toEqual({
      signingSecret: tenant.signingSecret,
      partner: null,
    });
    expect(await findSessionPrincipal(db, { ...claimsOf(tenant), tid: 'ten_missing' })).toBeNull();
  });

  it("sees a change of the partner's territory and the tenant's rules on the next request", async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    expect((await form(token)).body).toMatchObject({ countries: ['DE', 'AT', 'CH'] });
    const { db } = ctx.database;
    await db
      .update(partners)
      .set({ countries: ['FR'] })
      .where(eq(partners.id, tenant.dach.id));
    const [row] = await db.select().from(tenants).where(eq(tenants.id, tenant.id));
    await db
      .update(tenants)
      .set({ settings: { ...row!.settings, currencies: ['CHF'], defaultCurrency: 'CHF' } })
      .where(eq(tenants.id, tenant.id));
    expect((await form(token)).body).toMatchObject({ countries: ['FR'], currencies: ['CHF'] });
    const outside = await register(
      ctx.app,
      token,
      dealInput(tenant, {}, { amount: { value: 1, currency: 'CHF' } }),
    );
    expect(outside.status).toBe(201);
    expect(outside.body.reasons.map((item: { code: string }) => item.code)).toContain(
      'outside_territory',
    );
  });

  it('refuses tokens signed with the old secret as soon as the tenant rotates it', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    expect((await form(token)).status).toBe(200);
    const rotated = newSigningSecret();
    await ctx.database.db
      .update(tenants)
      .set({ signingSecret: rotated })
      .where(eq(tenants.id, tenant.id));
    expect((await form(token)).status).toBe(401);
    expect(
      (await form(await signSessionToken(claimsOf(tenant), rotated, inFiveMinutes()))).status,
    ).toBe(200);
  });

  it('refuses a token whose tenant is gone', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    await ctx.database.db.delete(tenants).where(eq(tenants.id, tenant.id));
    const response = await form(token);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthorized');
  });

  it('refuses a validly signed token without a partner claim', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const { pid: _pid, ...withoutPartner } = claimsOf(tenant);
    const token = await signSessionToken(withoutPartner, tenant.signingSecret, inFiveMinutes());
    expect((await form(token)).status).toBe(401);
  });

  it("refuses another tenant's partner user, even in a token this tenant signed", async () => {
    const tenant = await seedTestTenant(ctx.database);
    const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
    const claims = { tid: tenant.id, pid: other.dach.id, sub: other.dach.users[0]!.id };
    const response = await form(
      await signSessionToken(claims, tenant.signingSecret, inFiveMinutes()),
    );
    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/unknown partner user/);
  });

  it('refuses an expired token with token_expired before looking at the user', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const claims = { ...claimsOf(tenant), sub: 'usr_missing' };
    const token = await signSessionToken(claims, tenant.signingSecret, inFiveMinutes());
    ctx.clock.advance(6 * MINUTE);
    const response = await form(token);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('token_expired');
  });
});
