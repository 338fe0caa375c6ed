import { ACTIVE_DEAL_STATUSES, type DealStatus } from '@partnerkit/contracts';
import { like, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { deals } from '../deals/deals.table.js';
import { storedMatchKeys } from '../deals/match-keys.js';
import { normalizeDomain } from '../deals/normalize.js';
import type { DemoSeedResult } from './demo.js';
import { random, uniqueCompanies, type Company } from './synthetic-companies.js';

/** Which states the rows take and how old they are. */
export interface SyntheticProfile {
  statuses: readonly DealStatus[];
  /** Rows are created up to this many days ago; approved ones are protected for 90 days. */
  maxAgeDays: number;
}

/** 60 % approved, the rest spread over every other state, as a live programme looks. */
export const PROGRAMME_PROFILE: SyntheticProfile = {
  statuses: [
    ...Array<DealStatus>(12).fill('approved'),
    'pending_review',
    'pending_review',
    'needs_info',
    'rejected',
    'rejected',
    'won',
    'lost',
    'expired',
  ],
  maxAgeDays: 365,
};

/** Only deals that hold their customer now: active states, approvals still protected. */
export const ACTIVE_PROFILE: SyntheticProfile = {
  statuses: [
    ...Array<DealStatus>(6).fill('approved'),
    'submitted',
    'pending_review',
    'pending_review',
    'needs_info',
  ],
  maxAgeDays: 60,
};

export interface SyntheticCompany extends Company {
  /** The deal's id. */
  id: string;
  nameNorm: string;
  partnerId: string;
  /** Whether the row holds its customer now (an active state, protection not over). */
  holds: boolean;
}

export interface SyntheticDeals {
  companies: SyntheticCompany[];
  inserted: number;
  seconds: number;
}

/** ~25 columns a row keeps one statement under PostgreSQL's 65 535 parameters. */
const BATCH = 1000;
const DAY = 86_400_000;
const ID_PREFIX = 'deal_syn_';
const ACTIVE = new Set<DealStatus>(ACTIVE_DEAL_STATUSES);

/**
 * Adds `rows` generated deals over the demo partners with multi-row INSERTs, then VACUUM
 * ANALYZE of the deals. ANALYZE is what PostgreSQL's guide asks after a bulk load; the VACUUM
 * because otherwise autovacuum visits the freshly filled table under the first load that
 * follows (5 s of I/O at 100k rows, inside the benchmark's measured POST load).
 * Running it again adds `rows` more: ids continue after the synthetic deals already there and
 * the names come from another seed; a company that an earlier run already holds is skipped by
 * the exclusivity indexes (`on conflict do nothing`) and replaced, so exactly `rows` are added.
 */
export async function insertSyntheticDeals(
  database: Database,
  demo: DemoSeedResult,
  rows: number,
  profile: SyntheticProfile = ACTIVE_PROFILE,
): Promise<SyntheticDeals> {
  const started = performance.now();
  const [existing] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(deals)
    .where(like(deals.id, `${ID_PREFIX}%`));
  const first = existing?.n ?? 0;
  const next = random(20_261_123 + first);
  const companies: SyntheticCompany[] = [];
  const now = Date.now();
  const names = uniqueCompanies(next);
  let id = first;
  while (companies.length < rows) {
    const batch = new Map<string, SyntheticCompany>();
    const values = [];
    for (let i = companies.length; i < Math.min(rows, companies.length + BATCH); i++, id++) {
      const customer = names.next().value;
      const partner = demo.partners[id % demo.partners.length]!;
      const status = profile.statuses[id % profile.statuses.length]!;
      const createdAt = new Date(now - (1 + Math.floor(next() * profile.maxAgeDays)) * DAY);
      const protectedUntil =
        status === 'approved' ? new Date(createdAt.getTime() + 90 * DAY) : null;
      const rowId = `${ID_PREFIX}${id.toString(36)}`;
      batch.set(rowId, {
        id: rowId,
        name: customer.name,
        nameNorm: customer.nameNorm,
        domain: customer.domain,
        partnerId: partner.id,
        holds: ACTIVE.has(status) && (protectedUntil === null || protectedUntil.getTime() > now),
      });
      values.push({
        id: rowId,
        tenantId: demo.tenant.id,
        partnerId: partner.id,
        userId: partner.users[0]!.id,
        status,
        companyName: customer.name,
        companyDomain: customer.domain,
        companyCountry: partner.countries[id % partner.countries.length]!,
        nameNorm: customer.nameNorm,
        matchKeys: storedMatchKeys(customer.nameNorm),
        domainNorm: normalizeDomain(customer.domain),
        contact: { name: 'Synthetic Contact', email: 'contact@synthetic.example' },
        products: [demo.products[id % demo.products.length]!.id],
        amountValue: 100_000 + Math.floor(next() * 10_000_000),
        amountCurrency: 'EUR',
        expectedCloseDate: new Date(createdAt.getTime() + 90 * DAY).toISOString().slice(0, 10),
        dealType: 'new' as const,
        coSell: false,
        reasons: [],
        protectedUntil,
        createdAt,
        updatedAt: createdAt,
      });
    }
    const inserted = await database.db
      .insert(deals)
      .values(values)
      .onConflictDoNothing()
      .returning({ id: deals.id });
    for (const row of inserted) companies.push(batch.get(row.id)!);
  }
  await database.db.execute(sql`vacuum (analyze) deals`);
  return { companies, inserted: rows, seconds: (performance.now() - started) / 1000 };
}
