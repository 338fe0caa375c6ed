import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import type { App } from '../../src/app.js';
import { createPartner, createPartnerUser } from '../../src/partners/partners.service.js';
import { products } from '../../src/products/products.table.js';
import type { TenantSettings } from '../../src/tenants/settings.js';
import { createChannelManager, createTenant } from '../../src/tenants/tenants.service.js';
import { tenants } from '../../src/tenants/tenants.table.js';

export const TEST_ORIGIN = 'https://portal.example.test';

export interface TestUser {
  id: string;
  email: string;
}

export interface TestPartner {
  id: string;
  name: string;
  countries: string[];
  users: TestUser[];
  /** The tenant it belongs to, so `sessionFor(app, partner, user)` needs nothing else. */
  tenant: { id: string; secretKey: string };
}

export interface TestTenant {
  id: string;
  name: string;
  signingSecret: string;
  secretKey: string;
  /** Allowed from `TEST_ORIGIN` only. */
  publishableKey: string;
  /** DE/AT/CH reseller (gold) with two users. */
  dach: TestPartner;
  /** US/CA MSP (silver) with one user. */
  northAmerica: TestPartner;
  products: { id: string; name: string }[];
  managers: { emea: string; americas: string };
}

/**
 * A tenant with keys, two partners in different territories, users, products and channel
 * managers routed by country. Call it twice for two tenants (isolation tests).
 */
export async function seedTestTenant(
  database: Database,
  options: { name?: string; settings?: Partial<TenantSettings> } = {},
): Promise<TestTenant> {
  const { db } = database;
  const name = options.name ?? 'Test Vendor';
  const tenant = await createTenant(db, { name });
  const emea = await createChannelManager(db, {
    tenantId: tenant.id,
    name: 'Erika Manager',
    email: `erika@${tenant.id}.test`,
  });
  const americas = await createChannelManager(db, {
    tenantId: tenant.id,
    name: 'Adam Manager',
    email: `adam@${tenant.id}.test`,
  });
  const channelManagerByCountry: Record<string, string> = { '*': emea.id };
  for (const country of ['US', 'CA']) channelManagerByCountry[country] = americas.id;
  await db
    .update(tenants)
    .set({ settings: { ...tenant.settings, channelManagerByCountry, ...options.settings } })
    .where(eq(tenants.id, tenant.id));

  const secret = await createApiKey(db, { tenantId: tenant.id, kind: 'secret' });
  const publishable = await createApiKey(db, {
    tenantId: tenant.id,
    kind: 'publishable',
    allowedOrigins: [TEST_ORIGIN],
  });
  const tenantRef = { id: tenant.id, secretKey: secret.key };

  async function partner(
    input: { name: string; type: 'reseller' | 'msp'; tier: 'gold' | 'silver'; countries: string[] },
    userNames: string[],
  ): Promise<TestPartner> {
    const row = await createPartner(db, { tenantId: tenant.id, ...input });
    const users: TestUser[] = [];
    for (const userName of userNames) {
      const email = `${userName.toLowerCase()}@${row.id}.test`;
      const user = await createPartnerUser(db, {
        tenantId: tenant.id,
        partnerId: row.id,
        name: userName,
        email,
      });
      users.push({ id: user.id, email });
    }
    return { id: row.id, name: row.name, countries: row.countries, users, tenant: tenantRef };
  }

  const dach = await partner(
    { name: 'Alpenwerk IT', type: 'reseller', tier: 'gold', countries: ['DE', 'AT', 'CH'] },
    ['Anna', 'Anton'],
  );
  const northAmerica = await partner(
    { name: 'Maple Managed Services', type: 'msp', tier: 'silver', countries: ['US', 'CA'] },
    ['Bob'],
  );
  const catalogue = await db
    .insert(products)
    .values([
      { id: `prd_${tenant.id}_suite`, tenantId: tenant.id, name: 'Suite', sku: 'SUITE-1' },
      { id: `prd_${tenant.id}_addon`, tenantId: tenant.id, name: 'Add-on', sku: null },
    ])
    .returning({ id: products.id, name: products.name });

  return {
    id: tenant.id,
    name,
    signingSecret: tenant.signingSecret,
    secretKey: secret.key,
    publishableKey: publishable.key,
    dach,
    northAmerica,
    products: catalogue,
    managers: { emea: emea.id, americas: americas.id },
  };
}

/** A partner session token minted through the API, as a vendor backend would. */
export async function sessionFor(app: App, partner: TestPartner, user: TestUser): Promise<string> {
  const response = await app.request('/v1/partner-sessions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${partner.tenant.secretKey}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ partnerId: partner.id, userId: user.id }),
  });
  if (response.status !== 201) {
    throw new Error(`sessionFor: ${response.status} ${await response.text()}`);
  }
  const { token } = (await response.json()) as { token: string };
  return token;
}
