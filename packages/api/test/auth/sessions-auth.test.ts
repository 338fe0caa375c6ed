import { Me } from '@partnerkit/contracts';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
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

describeBackends('partner session tokens on GET /v1/me', (ctx) => {
  const me = (auth?: string) => call(ctx.app, 'GET', '/v1/me', { auth });
  const claimsOf = (tenant: TestTenant) => ({
    tid: tenant.id,
    pid: tenant.dach.id,
    sub: tenant.dach.users[0]!.id,
  });

  it('answers who the token speaks for', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const user = tenant.dach.users[1]!;
    const response = await me(await sessionFor(ctx.app, tenant.dach, user));
    expect(response.status).toBe(200);
    const body = Me.parse(response.body);
    expect(body.tenant).toEqual({ id: tenant.id, name: tenant.name });
    expect(body.partner).toMatchObject({ id: tenant.dach.id, countries: ['DE', 'AT', 'CH'] });
    expect(body.user).toMatchObject({ id: user.id, email: user.email });
  });

  it('accepts a token the vendor signed itself with the signing secret', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const expiresAt = new Date(ctx.clock.now().getTime() + 5 * MINUTE);
    const token = await signSessionToken(claimsOf(tenant), tenant.signingSecret, expiresAt);
    expect((await me(token)).status).toBe(200);
  });

  it('refuses an expired token with token_expired', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    ctx.clock.advance(16 * MINUTE);
    const response = await me(token);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('token_expired');
  });

  it('stops a token that worked at its expiry, and its verification covers only its own bytes', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    expect((await me(token)).status).toBe(200);
    expect((await me(token)).status).toBe(200);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const extended = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 }));
    expect((await me([header, extended.toString('base64url'), signature].join('.'))).status).toBe(
      401,
    );
    ctx.clock.advance(16 * MINUTE);
    const late = await me(token);
    expect(late.status).toBe(401);
    expect(late.body.code).toBe('token_expired');
  });

  it('refuses a tampered token', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims.pid = tenant.northAmerica.id;
    claims.sub = tenant.northAmerica.users[0]!.id;
    const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature];
    const response = await me(forged.join('.'));
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthorized');
    expect((await me(`${token.slice(0, -2)}xx`)).status).toBe(401);
    expect((await me('not.a.jwt')).status).toBe(401);
  });

  it("refuses a token signed with another tenant's secret", async () => {
    const tenant = await seedTestTenant(ctx.database);
    const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
    const expiresAt = new Date(ctx.clock.now().getTime() + 5 * MINUTE);
    const token = await signSessionToken(claimsOf(tenant), other.signingSecret, expiresAt);
    expect((await me(token)).status).toBe(401);
  });

  it('refuses a token whose user is unknown or belongs to another partner', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const expiresAt = new Date(ctx.clock.now().getTime() + 5 * MINUTE);
    const crossPartner = await signSessionToken(
      { ...claimsOf(tenant), sub: tenant.northAmerica.users[0]!.id },
      tenant.signingSecret,
      expiresAt,
    );
    expect((await me(crossPartner)).status).toBe(401);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    await ctx.database.db.delete(partnerUsers).where(eq(partnerUsers.id, tenant.dach.users[0]!.id));
    expect((await me(token)).status).toBe(401);
  });

  it('refuses a token with another algorithm', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const unsigned = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({ ...claimsOf(tenant), exp: Math.floor(Date.now() / 1000) + 600 }),
      ).toString('base64url'),
      '',
    ].join('.');
    expect((await me(unsigned)).status).toBe(401);
  });

  it('takes a partner session only', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const response = await me(tenant.secretKey);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
    const missing = await me();
    expect(missing.status).toBe(401);
    const wrongScheme = await call(ctx.app, 'GET', '/v1/me', {
      headers: { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    });
    expect(wrongScheme.status).toBe(401);
  });
});
