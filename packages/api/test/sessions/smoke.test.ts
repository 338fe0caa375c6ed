import { expect, it } from 'vitest';
import { call, describeBackends, seedTestTenant, sessionFor } from '../support/index.js';

describeBackends('smoke', (ctx) => {
  it('mints a session and answers /v1/me', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    const me = await call(ctx.app, 'GET', '/v1/me', { auth: token });
    expect(me.status).toBe(200);
    expect(me.body.partner.id).toBe(tenant.dach.id);
  });
});
