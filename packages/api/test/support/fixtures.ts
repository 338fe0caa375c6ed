import type { App } from '../../src/app.js';
import { generateApiKey, hashApiKey } from '../../src/auth/api-keys.js';
import type { Database } from '../../src/db/database.js';
import { newId } from '../../src/db/ids.js';
import { NO_BRANDING } from '../../src/partners/partners.service.js';
import { partnerUsers, partners } from '../../src/partners/partners.table.js';
import { products } from '../../src/products/products.table.js';
import type { TenantSettings } from '../../src/tenants/settings.js';
import { createTenant } from '../../src/tenants/tenants.service.js';
import { apiKeys, channelManagers } from '../../src/tenants/tenants.table.js';

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
 * managers routed by country. Call it twice for two tenants (isolation tests). One statement
 * per table: every test starts with it, so round trips count.
 */
export async function seedTestTenant(
  database: Database,
  options: { name?: string; settings?: Partial<TenantSettings> } = {},
): Promise<TestTenant> {
  const { db } = database;
  const name = options.name ?? 'Test Vendor';
  const managers = { emea: newId('cm'), americas: newId('cm') };
  const tenant = await createTenant(db, {
    name,
    settings: {
      channelManagerByCountry: { '*': managers.emea, US: managers.americas, CA: managers.americas },
      ...options.settings,
    },
  });
  await db.insert(channelManagers).values([
    { id: managers.emea, tenantId: tenant.id, name: 'Erika Manager', email: 'erika@vendor.test' },
    { id: managers.americas, tenantId: tenant.id, name: 'Adam Manager', email: 'adam@vendor.test' },
  ]);

  const secretKey = generateApiKey('secret');
  const publishableKey = generateApiKey('publishable');
  await db.insert(apiKeys).values(
    (
      [
        ['secret', secretKey, []],
        ['publishable', publishableKey, [TEST_ORIGIN]],
      ] as const
    ).map(([kind, key, allowedOrigins]) => ({
      id: newId('key'),
      tenantId: tenant.id,
      kind,
      keyHash: hashApiKey(key),
      prefix: key.slice(0, 10),
      allowedOrigins: [...allowedOrigins],
    })),
  );

  const partnerRows = [
    {
      id: newId('par'),
      name: 'Alpenwerk IT',
      type: 'reseller',
      tier: 'gold',
      countries: ['DE', 'AT', 'CH'],
      userNames: ['Anna', 'Anton'],
    },
    {
      id: newId('par'),
      name: 'Maple Managed Services',
      type: 'msp',
      tier: 'silver',
      countries: ['US', 'CA'],
      userNames: ['Bob'],
    },
  ] as const;
  await db.insert(partners).values(
    partnerRows.map(({ userNames: _, ...partner }) => ({
      ...partner,
      countries: [...partner.countries],
      tenantId: tenant.id,
      branding: NO_BRANDING,
    })),
  );
  const userRows = partnerRows.flatMap((partner) =>
    partner.userNames.map((userName) => ({
      id: newId('usr'),
      tenantId: tenant.id,
      partnerId: partner.id,
      name: userName,
      email: `${userName.toLowerCase()}@${partner.id}.test`,
      locale: null,
    })),
  );
  await db.insert(partnerUsers).values(userRows);
  const catalogue = await db
    .insert(products)
    .values([
      { id: `prd_${tenant.id}_suite`, tenantId: tenant.id, name: 'Suite', sku: 'SUITE-1' },
      { id: `prd_${tenant.id}_addon`, tenantId: tenant.id, name: 'Add-on', sku: null },
    ])
    .returning({ id: products.id, name: products.name });

  const tenantRef = { id: tenant.id, secretKey };
  const [dach, northAmerica] = partnerRows.map((partner): TestPartner => ({
    id: partner.id,
    name: partner.name,
    countries: [...partner.countries],
    users: userRows
      .filter((user) => user.partnerId === partner.id)
      .map(({ id, email }) => ({ id, email })),
    tenant: tenantRef,
  }));
  return {
    id: tenant.id,
    name,
    signingSecret: tenant.signingSecret,
    secretKey,
    publishableKey,
    dach: dach!,
    northAmerica: northAmerica!,
    products: catalogue,
    managers,
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
