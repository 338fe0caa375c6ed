import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { findConflicts, similarName } from '../src/deals/conflicts.js';
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

/** Answers "is this probably someone else's customer?" for one probe, as fast as it can. */
export type Check = (probe: Probe) => Promise<boolean>;
/** The ids of every active deal of another partner that a check would hold against the probe. */
export type Matcher = (probe: Probe) => Promise<string[]>;

const normalised = ({ company }: Probe) => ({
  nameNorm: normalizeCompanyName(company.name),
  domainNorm: normalizeDomain(company.domain),
});

const ids = (result: unknown) => (result as { rows: { id: string }[] }).rows.map((row) => row.id);

/** Our rules query, exactly as `POST /v1/deals` runs it. */
export function ourCheck(database: Database, demo: DemoSeedResult): Check {
  return async (probe) => {
    const partner = demo.partners.find((candidate) => candidate.id === probe.partnerId)!;
    const findings = await findConflicts(database.db, {
      tenantId: demo.tenant.id,
      partnerId: probe.partnerId,
      countries: partner.countries,
      ...normalised(probe),
      country: partner.countries[0]!,
      now: new Date(),
    });
    return findings.ownRegistration || findings.otherPartnerExact || findings.otherPartnerSimilar;
  };
}

/** Every row our rules' predicates accept, listed: what recall is measured on. */
export function ourMatches(database: Database, demo: DemoSeedResult): Matcher {
  return async (probe) => {
    const { nameNorm, domainNorm } = normalised(probe);
    return ids(
      await database.db.execute(sql`
        select d.id from deals d
        where d.tenant_id = ${demo.tenant.id} and d.partner_id <> ${probe.partnerId}
          and d.status in ${ACTIVE_STATUS_LIST}
          and (d.name_norm = ${nameNorm} or d.domain_norm = ${domainNorm}
               or ${similarName('d', nameNorm)})`),
    );
  };
}

/**
 * `name_norm % $1 OR domain_norm = $2` over active rows with a GIN trigram index (the scale lab's
 * and TOOLCHAIN.md's baseline). The threshold is set in the same transaction, which on a pool is
 * what a per-connection `SET` amounts to.
 */
export function naiveMatches(database: Database, demo: DemoSeedResult): Matcher {
  return async (probe) => {
    const { nameNorm, domainNorm } = normalised(probe);
    const result = await database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('pg_trgm.similarity_threshold', ${String(NAIVE_THRESHOLD)}, true)`,
      );
      return tx.execute(sql`
        select id from deals
        where tenant_id = ${demo.tenant.id} and status in ${ACTIVE_STATUS_LIST}
          and partner_id <> ${probe.partnerId}
          and (name_norm % ${nameNorm} or domain_norm = ${domainNorm})`);
    });
    return ids(result);
  };
}

/** The naive query timed as a check: it has no cheaper form than listing its matches. */
export function naiveCheck(database: Database, demo: DemoSeedResult): Check {
  const matches = naiveMatches(database, demo);
  return async (probe) => (await matches(probe)).length > 0;
}
