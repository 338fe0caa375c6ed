import type { DealStatus } from '@partnerkit/contracts';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { deals } from '../src/deals/deals.table.js';
import { normalizeCompanyName, normalizeDomain } from '../src/deals/normalize.js';
import type { DemoSeedResult } from '../src/seed/demo.js';
import { company, random, type Company } from './companies.js';

/** 60 % approved, the rest spread over every other state, as a live programme looks. */
const STATUS_CYCLE: DealStatus[] = [
  ...Array<DealStatus>(12).fill('approved'),
  'pending_review',
  'pending_review',
  'needs_info',
  'rejected',
  'rejected',
  'won',
  'lost',
  'expired',
];
/** ~25 columns a row keeps one statement under PostgreSQL's 65 535 parameters. */
const BATCH = 1000;
const DAY = 86_400_000;

export interface SeededRows {
  companies: Company[];
  ms: number;
}

/** N deals over the demo partners with multi-row INSERTs, then ANALYZE. */
export async function seedDeals(
  database: Database,
  demo: DemoSeedResult,
  rows: number,
): Promise<SeededRows> {
  const started = performance.now();
  const next = random(20_261_123);
  const companies: Company[] = [];
  const now = Date.now();
  for (let start = 0; start < rows; start += BATCH) {
    const values = [];
    for (let i = start; i < Math.min(rows, start + BATCH); i++) {
      const customer = company(next, i);
      companies.push(customer);
      const partner = demo.partners[i % demo.partners.length]!;
      const status = STATUS_CYCLE[i % STATUS_CYCLE.length]!;
      const createdAt = new Date(now - Math.floor(next() * 365) * DAY);
      values.push({
        id: `deal_bench_${i.toString(36)}`,
        tenantId: demo.tenant.id,
        partnerId: partner.id,
        userId: partner.users[0]!.id,
        status,
        companyName: customer.name,
        companyDomain: customer.domain,
        companyCountry: partner.countries[i % partner.countries.length]!,
        nameNorm: normalizeCompanyName(customer.name),
        domainNorm: normalizeDomain(customer.domain),
        contact: { name: 'Bench Contact', email: 'contact@bench.example' },
        products: [demo.products[0]!.id],
        amountValue: 100_000 + Math.floor(next() * 10_000_000),
        amountCurrency: 'EUR',
        expectedCloseDate: new Date(createdAt.getTime() + 90 * DAY).toISOString().slice(0, 10),
        dealType: 'new' as const,
        coSell: false,
        reasons: [],
        protectedUntil: status === 'approved' ? new Date(createdAt.getTime() + 90 * DAY) : null,
        createdAt,
        updatedAt: createdAt,
      });
    }
    await database.db.insert(deals).values(values);
  }
  await database.db.execute(sql`analyze`);
  return { companies, ms: performance.now() - started };
}
