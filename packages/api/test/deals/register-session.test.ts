import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { deals } from '../../src/deals/deals.table.js';
import { partnerUsers } from '../../src/partners/partners.table.js';
import {
  MINUTE,
  call,
  describeBackends,
  seedTestTenant,
  sessionFor,
  type TestTenant,
} from '../support/index.js';
import { signSessionToken } from '../support/sign-session.js';
import { dealInput, register } from './builders.js';

/**
 * `POST /v1/deals` reads the session's principal in the registration's own lookup instead of
 * before it: the same tokens must pass and fail as everywhere else, in the same order of errors.
 */
describeBackends('the session check of POST /v1/deals', (ctx) => {
  const dealCount = async () => (await ctx.database.db.select({ n: count() }).from(deals))[0]!.n;
  const claimsOf = (tenant: TestTenant) => ({
    tid: tenant.id,
    pid: tenant.dach.id,
    sub: tenant.dach.users[0]!.id,
  });
  const signed = (claims: { tid: string; pid: string; sub: string }, secret: string) =>
    signSessionToken(claims, secret, new Date(ctx.clock.now().getTime() + 5 * MINUTE));

  /** A tenant with a valid session and one signed with another tenant's secret. */
  async function goodAndBadTokens() {
    const tenant = await seedTestTenant(ctx.database);
    const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
    const bad = await signed(claimsOf(tenant), other.signingSecret);
    const good = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    return { tenant, other, bad, good };
  }

  it('refuses every failing session with 401 and writes nothing', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = [
      header,
      Buffer.from(
        JSON.stringify({
          ...claims,
          pid: tenant.northAmerica.id,
          sub: tenant.northAmerica.users[0]!.id,
        }),
      ).toString('base64url'),
      signature,
    ].join('.');
    const refused = {
      forged,
      otherTenantsSecret: await signed(claimsOf(tenant), other.signingSecret),
      crossPartner: await signed(
        { ...claimsOf(tenant), sub: tenant.northAmerica.users[0]!.id },
        tenant.signingSecret,
      ),
      unknownTenant: await signed(
        { ...claimsOf(tenant), tid: 'ten_missing' },
        tenant.signingSecret,
      ),
      garbage: 'not.a.jwt',
    };
    for (const [kind, bad] of Object.entries(refused)) {
      const response = await register(ctx.app, bad, dealInput(tenant));
      expect({ kind, status: response.status, code: response.body.code }).toEqual({
        kind,
        status: 401,
        code: 'unauthorized',
      });
      expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
    }
    expect(await dealCount()).toBe(0);

    const leaver = tenant.dach.users[1]!;
    const leaversToken = await sessionFor(ctx.app, tenant.dach, leaver);
    expect((await register(ctx.app, token, dealInput(tenant))).status).toBe(201);
    await ctx.database.db.delete(partnerUsers).where(eq(partnerUsers.id, leaver.id));
    const removed = await register(
      ctx.app,
      leaversToken,
      dealInput(tenant, { name: 'Initech', domain: 'initech.de' }),
    );
    expect(removed.status).toBe(401);
    expect(await dealCount()).toBe(1);
  });

  it('says token_expired for an expired token, and writes nothing', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    ctx.clock.advance(16 * MINUTE);
    const response = await register(ctx.app, token, dealInput(tenant));
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('token_expired');
    expect(await dealCount()).toBe(0);
  });

  it('answers a bad token with 401 before whatever else is wrong with the request', async () => {
    const { tenant, other, bad, good } = await goodAndBadTokens();
    const invalidBody = { ...dealInput(tenant), sneaky: true };
    const unknownProduct = dealInput(tenant, {}, { products: [other.products[0]!.id] });
    const asText = { body: 'x', headers: { 'Content-Type': 'text/plain' } };

    for (const [token, status] of [
      [bad, 401],
      [good, 400],
    ] as const) {
      expect((await register(ctx.app, token, invalidBody)).status).toBe(status);
      expect((await register(ctx.app, token, unknownProduct)).status).toBe(status);
      expect(
        (await register(ctx.app, token, dealInput(tenant), { 'Idempotency-Key': ' ' })).status,
      ).toBe(status);
    }
    expect((await call(ctx.app, 'POST', '/v1/deals', { auth: bad, ...asText })).status).toBe(401);
    expect((await call(ctx.app, 'POST', '/v1/deals', { auth: good, ...asText })).status).toBe(415);

    ctx.clock.advance(16 * MINUTE);
    const expired = await register(ctx.app, good, invalidBody);
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('token_expired');
    expect(await dealCount()).toBe(0);
  });

  it('checks the session before an Idempotency-Key is claimed', async () => {
    const { tenant, bad, good } = await goodAndBadTokens();
    const key = { 'Idempotency-Key': 'retry-1' };
    expect((await register(ctx.app, bad, dealInput(tenant), key)).status).toBe(401);
    const first = await register(ctx.app, good, dealInput(tenant), key);
    expect(first.status).toBe(201);
    const replay = await register(ctx.app, good, dealInput(tenant), key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    expect((await register(ctx.app, bad, dealInput(tenant), key)).status).toBe(401);
    expect(await dealCount()).toBe(1);
  });
});
