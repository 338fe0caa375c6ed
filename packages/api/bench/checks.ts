import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { findConflicts } from '../src/deals/conflicts.js';
import { ACTIVE_STATUS_LIST } from '../src/deals/deals.table.js';
import { normalizeCompanyName, normalizeDomain } from '../src/deals/normalize.js';
import type { DemoSeedResult } from '../src/seed/demo.js';
import type { Company } from '../src/seed/synthetic-companies.js';

/** The lab's naive baseline: every active row whose name shares enough trigrams, or the domain. */
export const NAIVE_THRESHOLD = 0.3;

export interface Probe {
  company: Company;
  /** The partner registering it. */
  partnerId: string;
}

/** Answers "is this probably someone else's customer?" for one probe. */
export type Check = (probe: Probe) => Promise<boolean>;

/** Our rules query, as `POST /v1/deals` runs it: its own transaction, threshold included. */
export function ourCheck(database: Database, demo: DemoSeedResult): Check {
  return async ({ company, partnerId }) => {
    const partner = demo.partners.find((candidate) => candidate.id === partnerId)!;
    const findings = await database.db.transaction((tx) =>
      findConflicts(tx, {
        tenantId: demo.tenant.id,
        partnerId,
        countries: partner.countries,
        nameNorm: normalizeCompanyName(company.name),
        domainNorm: normalizeDomain(company.domain),
        country: partner.countries[0]!,
        now: new Date(),
      }),
    );
    return findings.ownRegistration || findings.otherPartnerExact || findings.otherPartnerSimilar;
  };
}

/**
 * `name_norm % $1 OR domain_norm = $2` over active rows with the GIN trigram index. The
 * threshold is set in the same transaction, which on a pool is what a per-connection `SET`
 * amounts to, and costs the same extra round trip our check pays.
 */
export function naiveCheck(database: Database, demo: DemoSeedResult): Check {
  return async ({ company }) => {
    const nameNorm = normalizeCompanyName(company.name);
    const domainNorm = normalizeDomain(company.domain);
    const result = await database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('pg_trgm.similarity_threshold', ${String(NAIVE_THRESHOLD)}, true)`,
      );
      return tx.execute(sql`
        select id from deals
        where tenant_id = ${demo.tenant.id} and status in ${ACTIVE_STATUS_LIST}
          and (name_norm % ${nameNorm} or domain_norm = ${domainNorm})`);
    });
    return (result as unknown as { rows: unknown[] }).rows.length > 0;
  };
}
