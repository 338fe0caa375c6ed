import type { DemoSeed } from '@partnerkit/contracts';
import { sql } from 'drizzle-orm';
import { seedDemoAccounts } from '../accounts/demo.js';
import { hashApiKey } from '../auth/api-keys.js';
import type { Database } from '../db/database.js';
import { seedDemoDeals } from '../deals/demo.js';
import { seedDemoMdf } from '../mdf/demo.js';
import { partnerUsers, partners } from '../partners/partners.table.js';
import { products } from '../products/products.table.js';
import { DEFAULT_TENANT_SETTINGS, type TenantSettings } from '../tenants/settings.js';
import { newSigningSecret } from '../tenants/tenants.service.js';
import { apiKeys, channelManagers, tenants } from '../tenants/tenants.table.js';
import {
  DEMO_CUSTOM_FIELDS,
  DEMO_MANAGERS,
  DEMO_MANAGER_BY_COUNTRY,
  DEMO_ORIGINS,
  DEMO_PARTNERS,
  DEMO_PRODUCTS,
  DEMO_PUBLISHABLE_KEY,
  DEMO_SECRET_KEY,
  DEMO_TENANT,
} from './demo-data.js';
import type { DemoIds } from './demo-ids.js';

/** `seed --demo --json` output: the public `DemoSeed` shape plus a few conveniences. */
export interface DemoSeedResult extends DemoSeed {
  partners: (DemoSeed['partners'][number] & {
    tier: string;
    countries: string[];
    users: { id: string; email: string; name: string }[];
  })[];
  products: { id: string; name: string }[];
  allowedOrigins: string[];
}

const DEMO_SETTINGS: TenantSettings = {
  ...DEFAULT_TENANT_SETTINGS,
  currencies: ['USD', 'EUR', 'CHF', 'CAD'],
  defaultCurrency: 'USD',
  customFields: DEMO_CUSTOM_FIELDS,
  channelManagerByCountry: DEMO_MANAGER_BY_COUNTRY,
};

/** Creates or refreshes the demo tenant; running it again changes nothing but the settings. */
const DEMO_IDS: DemoIds = {
  tenantId: DEMO_TENANT.id,
  partners: DEMO_PARTNERS.map((partner) => ({
    id: partner.id,
    name: partner.name,
    countries: partner.countries,
    userIds: partner.users.map((user) => user.id),
  })),
  productIds: DEMO_PRODUCTS.map((product) => product.id),
  managerIds: DEMO_MANAGERS.map((manager) => manager.id),
};

/**
 * The demo tenant, its keys, channel managers, products, partners and users, without any
 * family's data: what tests of older schemas can write before the families' tables exist.
 */
export async function seedDemoTenant(database: Database): Promise<DemoSeedResult> {
  const { db } = database;
  await db.transaction(async (tx) => {
    await tx
      .insert(tenants)
      .values({ ...DEMO_TENANT, signingSecret: newSigningSecret(), settings: DEMO_SETTINGS })
      .onConflictDoUpdate({
        target: tenants.id,
        set: { name: DEMO_TENANT.name, settings: DEMO_SETTINGS },
      });
    for (const [id, kind, key] of [
      ['key_demo_secret', 'secret', DEMO_SECRET_KEY],
      ['key_demo_publishable', 'publishable', DEMO_PUBLISHABLE_KEY],
    ] as const) {
      const allowedOrigins = kind === 'publishable' ? DEMO_ORIGINS : [];
      await tx
        .insert(apiKeys)
        .values({
          id,
          tenantId: DEMO_TENANT.id,
          kind,
          keyHash: hashApiKey(key),
          prefix: key.slice(0, 10),
          allowedOrigins,
        })
        .onConflictDoUpdate({ target: apiKeys.id, set: { allowedOrigins } });
    }
    for (const manager of DEMO_MANAGERS) {
      await tx
        .insert(channelManagers)
        .values({ ...manager, tenantId: DEMO_TENANT.id })
        .onConflictDoUpdate({
          target: channelManagers.id,
          set: { name: manager.name, email: manager.email },
        });
    }
    await tx
      .insert(products)
      .values(DEMO_PRODUCTS.map((product) => ({ ...product, tenantId: DEMO_TENANT.id })))
      .onConflictDoUpdate({
        target: products.id,
        set: { name: sql`excluded.name`, sku: sql`excluded.sku` },
      });
    for (const { users, ...partner } of DEMO_PARTNERS) {
      await tx
        .insert(partners)
        .values({ ...partner, tenantId: DEMO_TENANT.id })
        .onConflictDoUpdate({
          target: partners.id,
          set: {
            name: partner.name,
            type: partner.type,
            tier: partner.tier,
            countries: partner.countries,
            branding: partner.branding,
          },
        });
      for (const user of users) {
        await tx
          .insert(partnerUsers)
          .values({ ...user, tenantId: DEMO_TENANT.id, partnerId: partner.id })
          .onConflictDoUpdate({
            target: partnerUsers.id,
            set: { name: user.name, email: user.email, locale: user.locale },
          });
      }
    }
  });

  return {
    tenant: { ...DEMO_TENANT },
    secretKey: DEMO_SECRET_KEY,
    publishableKey: DEMO_PUBLISHABLE_KEY,
    allowedOrigins: DEMO_ORIGINS,
    partners: DEMO_PARTNERS.map((partner) => ({
      id: partner.id,
      name: partner.name,
      country: partner.countries[0]!,
      tier: partner.tier,
      countries: partner.countries,
      users: partner.users.map(({ id, email, name }) => ({ id, email, name })),
    })),
    products: DEMO_PRODUCTS.map(({ id, name }) => ({ id, name })),
  };
}

/** The demo tenant with every family's data: accounts, deals, MDF funds and requests. */
export async function seedDemo(database: Database): Promise<DemoSeedResult> {
  const demo = await seedDemoTenant(database);
  await seedDemoAccounts(database, DEMO_IDS);
  await seedDemoDeals(database, DEMO_IDS);
  await seedDemoMdf(database, DEMO_IDS);
  return demo;
}
