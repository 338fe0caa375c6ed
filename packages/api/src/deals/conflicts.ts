import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import type { ConflictFindings } from './rules.js';
import { ACTIVE_STATUS_LIST } from './deals.table.js';

/**
 * Trigram similarity from which two normalised names count as "probably the same company", to
 * be reviewed by a human. Tuned in test/deals/rules.test.ts: typos and an extra word in names
 * of 8+ letters score 0.55–0.85, other companies sharing a word such as "systems" 0.3–0.4.
 * Known blind spots, as with any trigram measure: a typo in a short name (`siemans`, 0.45)
 * passes, and a short name sharing a long word (`glow systems` vs `globex systems`, 0.65)
 * goes to review. Reviews are cheap, missed conflicts are not, so the bar stays low.
 */
export const SIMILARITY_THRESHOLD = 0.5;

export interface ConflictQuery {
  tenantId: string;
  partnerId: string;
  /** The partner's territory. */
  countries: readonly string[];
  nameNorm: string;
  /** `null` when not known yet (live check). */
  domainNorm: string | null;
  country: string | null;
  /** Approved deals whose protection ended before this no longer hold the customer. */
  now: Date;
}

interface FindingsRow {
  own_registration: boolean;
  other_exact: boolean;
  other_similar: boolean;
  account_exact: boolean;
  account_similar: boolean;
}

/**
 * Everything the rules need, in one statement. It runs in a transaction so that `%`, which the
 * GIN trigram index answers, uses our threshold (`set_config(…, true)` lasts until commit): with
 * the server's default of 0.3 the index hands back thousands of candidates that share a word
 * such as "systems", and the query slows down with the table. Every subquery is bounded to the
 * tenant. The fuzzy lookups count instead of `exists`: under `exists` the planner hopes for an
 * early hit, picks a sequential scan and reads the whole table when there is none.
 */
export async function findConflicts(tx: Tx, query: ConflictQuery): Promise<ConflictFindings> {
  const { tenantId, partnerId, nameNorm, domainNorm } = query;
  await tx.execute(
    sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`,
  );
  const sameCustomer = sql`(d.name_norm = ${nameNorm} or d.domain_norm = ${domainNorm})`;
  const holds = sql`d.status in ${ACTIVE_STATUS_LIST}
    and not (d.status = 'approved' and d.protected_until < ${query.now.toISOString()}::timestamptz)`;
  const result = await tx.execute(sql`
    select
      exists (
        select 1 from deals d
        where d.tenant_id = ${tenantId} and d.partner_id = ${partnerId}
          and ${holds} and ${sameCustomer}
      ) as own_registration,
      exists (
        select 1 from deals d
        where d.tenant_id = ${tenantId} and d.partner_id <> ${partnerId}
          and ${holds} and ${sameCustomer}
      ) as other_exact,
      (
        select count(*) > 0 from deals d
        where d.tenant_id = ${tenantId} and d.partner_id <> ${partnerId}
          and ${holds}
          and d.name_norm % ${nameNorm}
          and similarity(d.name_norm, ${nameNorm}) >= ${SIMILARITY_THRESHOLD}
      ) as other_similar,
      exists (
        select 1 from accounts a
        where a.tenant_id = ${tenantId}
          and (a.name_norm = ${nameNorm} or a.domain_norm = ${domainNorm})
      ) as account_exact,
      (
        select count(*) > 0 from accounts a
        where a.tenant_id = ${tenantId}
          and a.name_norm % ${nameNorm}
          and similarity(a.name_norm, ${nameNorm}) >= ${SIMILARITY_THRESHOLD}
      ) as account_similar
  `);
  const row = (result as unknown as { rows: FindingsRow[] }).rows[0];
  if (!row) throw new Error('conflict query returned no row');
  return {
    outsideTerritory: query.country === null ? null : !query.countries.includes(query.country),
    ownRegistration: row.own_registration,
    otherPartnerExact: row.other_exact,
    otherPartnerSimilar: row.other_similar,
    accountExact: row.account_exact,
    accountSimilar: row.account_similar,
  };
}
