import { MAX_ACCOUNTS_PER_IMPORT } from '@partnerkit/contracts';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts } from '../../src/accounts/accounts.table.js';
import { call, describeBackends, seedTestTenant, sessionFor } from '../support/index.js';

describeBackends('accounts import', (ctx) => {
  const importAs = (auth: string, body: unknown) =>
    call(ctx.app, 'POST', '/v1/accounts/import', { auth, body });

  async function stored(tenantId: string) {
    return ctx.database.db
      .select()
      .from(accounts)
      .where(eq(accounts.tenantId, tenantId))
      .orderBy(asc(accounts.name));
  }

  describe('POST /v1/accounts/import', () => {
    it('inserts new accounts with normalised keys', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const { status, body } = await importAs(tenant.secretKey, {
        accounts: [
          {
            name: 'Umbrella Corporation',
            domain: 'https://www.Umbrella.com/',
            country: 'US',
            externalId: 'crm-1',
          },
          { name: 'Müller & Söhne GmbH', country: 'DE' },
        ],
      });
      expect(status).toBe(200);
      expect(body).toEqual({ imported: 2, updated: 0 });
      const rows = await stored(tenant.id);
      expect(rows.map((r) => [r.name, r.nameNorm, r.domainNorm, r.externalId])).toEqual([
        ['Müller & Söhne GmbH', 'muller and sohne', null, null],
        ['Umbrella Corporation', 'umbrella', 'umbrella.com', 'crm-1'],
      ]);
    });

    it('updates by external id, else by domain, else by name', async () => {
      const tenant = await seedTestTenant(ctx.database);
      await importAs(tenant.secretKey, {
        accounts: [
          {
            name: 'Umbrella Corporation',
            domain: 'umbrella.com',
            country: 'US',
            externalId: 'crm-1',
          },
          { name: 'Initech', domain: 'initech.com', country: 'US' },
          { name: 'Müller GmbH', country: 'DE' },
        ],
      });
      const { body } = await importAs(tenant.secretKey, {
        accounts: [
          {
            name: 'Umbrella Corp (renamed)',
            domain: 'umbrella.io',
            country: 'GB',
            externalId: 'crm-1',
          },
          { name: 'Initech Software', domain: 'www.initech.com', country: 'CA' },
          { name: 'MULLER AG', country: 'AT' },
          { name: 'Hooli', domain: 'hooli.com', country: 'US', externalId: 'crm-9' },
        ],
      });
      expect(body).toEqual({ imported: 1, updated: 3 });
      const rows = await stored(tenant.id);
      expect(rows.map((r) => [r.name, r.domainNorm, r.country, r.externalId])).toEqual([
        ['Hooli', 'hooli.com', 'US', 'crm-9'],
        ['Initech Software', 'initech.com', 'CA', null],
        ['MULLER AG', null, 'AT', null],
        ['Umbrella Corp (renamed)', 'umbrella.io', 'GB', 'crm-1'],
      ]);
    });

    it('treats repeats within one import as one account', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const { body } = await importAs(tenant.secretKey, {
        accounts: [
          { name: 'Initech', domain: 'initech.com', country: 'US', externalId: 'a' },
          { name: 'Initech Inc', domain: 'initech.com', country: 'US', externalId: 'a' },
        ],
      });
      expect(body).toEqual({ imported: 1, updated: 0 });
      expect((await stored(tenant.id)).map((r) => r.name)).toEqual(['Initech Inc']);
    });

    it('imports a large batch in one request', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const batch = Array.from({ length: 2000 }, (_, i) => ({
        name: `Customer ${i}`,
        domain: `customer${i}.example`,
        country: 'US',
        externalId: `c-${i}`,
      }));
      expect((await importAs(tenant.secretKey, { accounts: batch })).body).toEqual({
        imported: 2000,
        updated: 0,
      });
      expect((await importAs(tenant.secretKey, { accounts: batch })).body).toEqual({
        imported: 0,
        updated: 2000,
      });
    });

    it('takes the most accounts one import allows, though the body is over 1 MiB', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const batch = Array.from({ length: MAX_ACCOUNTS_PER_IMPORT }, (_, i) => ({
        name: `Customer Number ${i} Industrial Holdings`,
        domain: `customer-number-${i}.example`,
        country: 'US',
        externalId: `crm-account-${i}`,
      }));
      expect(JSON.stringify({ accounts: batch }).length).toBeGreaterThan(1024 * 1024);
      const response = await importAs(tenant.secretKey, { accounts: batch });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ imported: MAX_ACCOUNTS_PER_IMPORT, updated: 0 });
    }, 60_000);

    it('keeps tenants apart', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const account = { name: 'Initech', domain: 'initech.com', country: 'US', externalId: 'x' };
      await importAs(tenant.secretKey, { accounts: [account] });
      expect((await importAs(other.secretKey, { accounts: [account] })).body).toEqual({
        imported: 1,
        updated: 0,
      });
      expect(await stored(tenant.id)).toHaveLength(1);
    });

    it('validates the body and takes secret keys only', async () => {
      const tenant = await seedTestTenant(ctx.database);
      const empty = await importAs(tenant.secretKey, { accounts: [] });
      expect(empty.status).toBe(400);
      const bad = await importAs(tenant.secretKey, {
        accounts: [{ name: 'X', domain: 'nope', country: 'usa', extra: 1 }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'accounts.0.country',
        'accounts.0.domain',
        'accounts.0.extra',
      ]);
      const token = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
      expect((await importAs(token, { accounts: [{ name: 'X', country: 'US' }] })).status).toBe(
        403,
      );
      expect((await importAs('', { accounts: [{ name: 'X', country: 'US' }] })).status).toBe(401);
    });
  });
});
