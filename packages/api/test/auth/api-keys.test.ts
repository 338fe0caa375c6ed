import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { requireAuth, requirePartnerOrSecret } from '../../src/auth/middleware.js';
import { hashApiKey } from '../../src/auth/api-keys.js';
import { apiKeys } from '../../src/tenants/tenants.table.js';
import { platformApp } from '../support/platform-app.js';
import { TEST_ORIGIN, describeBackends, seedTestTenant, sessionFor } from '../support/index.js';

describeBackends('API keys and credential kinds', (ctx) => {
  const app = () =>
    platformApp(ctx, (routes) => {
      routes.get('/public', requireAuth('publishable', 'secret'), (c) => c.json(c.var.auth));
      routes.get('/private', requirePartnerOrSecret(), (c) => c.json(c.var.auth));
    });
  const get = (path: string, token: string, origin?: string) =>
    app().request(path, {
      headers: { Authorization: `Bearer ${token}`, ...(origin && { Origin: origin }) },
    });

  it('stores keys as sha256 hashes, never in clear', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const rows = await ctx.database.db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.tenantId, tenant.id));
    expect(rows.map((row) => row.kind).sort()).toEqual(['publishable', 'secret']);
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(tenant.secretKey);
      expect(JSON.stringify(row)).not.toContain(tenant.publishableKey);
    }
    expect(rows.map((row) => row.keyHash)).toContain(hashApiKey(tenant.secretKey));
    expect(tenant.secretKey).toMatch(/^sk_[\w-]{32}$/);
    expect(tenant.publishableKey).toMatch(/^pk_[\w-]{32}$/);
  });

  it('accepts a publishable key from an allowed origin only', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const allowed = await get('/public', tenant.publishableKey, TEST_ORIGIN);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ kind: 'publishable', tenantId: tenant.id });

    const otherOrigin = await get('/public', tenant.publishableKey, 'https://evil.example');
    expect(otherOrigin.status).toBe(403);
    expect(await otherOrigin.json()).toMatchObject({ code: 'origin_not_allowed' });
    const noOrigin = await get('/public', tenant.publishableKey);
    expect(noOrigin.status).toBe(403);
  });

  it('keeps publishable keys off private endpoints', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const response = await get('/private', tenant.publishableKey, TEST_ORIGIN);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('tells secret keys and partner sessions apart', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const secret = await get('/private', tenant.secretKey);
    expect(await secret.json()).toEqual({ kind: 'secret', tenantId: tenant.id });
    const user = tenant.northAmerica.users[0]!;
    const token = await sessionFor(ctx.app, tenant.northAmerica, user);
    const partner = await get('/private', token);
    expect(await partner.json()).toEqual({
      kind: 'partner',
      tenantId: tenant.id,
      partnerId: tenant.northAmerica.id,
      userId: user.id,
    });
  });
});
