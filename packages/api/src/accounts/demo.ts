import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { storedMatchKeys } from '../deals/match-keys.js';
import { normalizeCompanyName, normalizeDomain } from '../deals/normalize.js';
import type { DemoIds } from '../seed/demo-ids.js';
import { accounts } from './accounts.table.js';

/** Customers Northwind already sells to: registrations of them show the existing-customer rules. */
export const DEMO_ACCOUNTS = [
  {
    id: 'acct_demo_tailspin',
    name: 'Tailspin Toys Inc.',
    domain: 'tailspintoys.com',
    country: 'US',
  },
  {
    id: 'acct_demo_wideworld',
    name: 'Wide World Importers GmbH',
    domain: 'wideworldimporters.de',
    country: 'DE',
  },
  { id: 'acct_demo_litware', name: 'Litware, Inc.', domain: 'litware.com', country: 'US' },
  {
    id: 'acct_demo_adventure',
    name: 'Adventure Works Cycles SAS',
    domain: 'adventure-works.fr',
    country: 'FR',
  },
] as const;

/** Idempotent: fixed ids and external ids, refreshed on every run. */
export async function seedDemoAccounts(database: Database, ids: DemoIds): Promise<void> {
  const now = new Date();
  await database.db
    .insert(accounts)
    .values(
      DEMO_ACCOUNTS.map((account) => ({
        ...account,
        tenantId: ids.tenantId,
        nameNorm: normalizeCompanyName(account.name),
        matchKeys: storedMatchKeys(normalizeCompanyName(account.name)),
        domainNorm: normalizeDomain(account.domain),
        externalId: account.id.replace('acct_demo_', 'crm-'),
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: accounts.id,
      set: {
        name: sql`excluded.name`,
        nameNorm: sql`excluded.name_norm`,
        matchKeys: sql`excluded.match_keys`,
        domain: sql`excluded.domain`,
        domainNorm: sql`excluded.domain_norm`,
        country: sql`excluded.country`,
        updatedAt: now,
      },
    });
}
