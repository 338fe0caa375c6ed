import { PartnerSession, Problem } from '@partnerkit/contracts';
import { decodeJwt } from 'jose';
import { expect, it } from 'vitest';
import {
  MINUTE,
  TEST_ORIGIN,
  call,
  describeBackends,
  seedTestTenant,
  sessionFor,
} from '../support/index.js';

describeBackends('POST /v1/partner-sessions', (ctx) => {
  const mint = (auth: string | undefined, body: unknown, headers?: Record<string, string>) =>
    call(ctx.app, 'POST', '/v1/partner-sessions', { auth, body, headers });

  it('mints a 15-minute HS256 token naming tenant, partner and user', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const user = tenant.dach.users[0]!;
    const response = await mint(tenant.secretKey, { partnerId: tenant.dach.id, userId: user.id });
    expect(response.status).toBe(201);
    const session = PartnerSession.parse(response.body);
    const expiresIn = new Date(session.expiresAt).getTime() - ctx.clock.now().getTime();
    expect(expiresIn).toBeGreaterThan(14 * MINUTE);
    expect(expiresIn).toBeLessThanOrEqual(15 * MINUTE);
    expect(decodeJwt(session.token)).toMatchObject({
      tid: tenant.id,
      pid: tenant.dach.id,
      sub: user.id,
    });
  });

  it('honours ttlSeconds', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const response = await mint(tenant.secretKey, {
      partnerId: tenant.dach.id,
      userId: tenant.dach.users[0]!.id,
      ttlSeconds: 120,
    });
    const expiresIn = new Date(response.body.expiresAt).getTime() - ctx.clock.now().getTime();
    expect(expiresIn).toBeLessThanOrEqual(2 * MINUTE);
    expect(expiresIn).toBeGreaterThan(MINUTE);
  });

  it('refuses a user of another partner and a partner of another tenant with 404', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
    const crossPartner = await mint(tenant.secretKey, {
      partnerId: tenant.dach.id,
      userId: tenant.northAmerica.users[0]!.id,
    });
    expect(crossPartner.status).toBe(404);
    expect(crossPartner.body.code).toBe('not_found');
    const crossTenant = await mint(tenant.secretKey, {
      partnerId: other.dach.id,
      userId: other.dach.users[0]!.id,
    });
    expect(crossTenant.status).toBe(404);
  });

  it('validates the body field by field', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const response = await mint(tenant.secretKey, { partnerId: '', ttlSeconds: 5, role: 'admin' });
    expect(response.status).toBe(400);
    const problem = Problem.parse(response.body);
    expect(problem.code).toBe('validation_failed');
    const paths = problem.errors!.map((error) => error.path).sort();
    expect(paths).toEqual(['partnerId', 'role', 'ttlSeconds', 'userId']);
    expect(problem.errors!.find((error) => error.path === 'role')!.code).toBe('unrecognized_keys');
    for (const error of problem.errors!) expect(error.message).not.toBe('Invalid input');
  });

  it('takes only a secret key', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const body = { partnerId: tenant.dach.id, userId: tenant.dach.users[0]!.id };
    const anonymous = await mint(undefined, body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('WWW-Authenticate')).toBe('Bearer');
    const publishable = await mint(tenant.publishableKey, body, { Origin: TEST_ORIGIN });
    expect(publishable.status).toBe(403);
    expect(publishable.body.code).toBe('forbidden');
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    const partner = await mint(token, body);
    expect(partner.status).toBe(403);
    const unknownKey = await mint('sk_not_a_real_key', body);
    expect(unknownKey.status).toBe(401);
  });
});
