import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import type { ConflictFindings } from './rules.js';
import { ACTIVE_STATUS_LIST } from './deals.table.js';
import { probeMatchKeys } from './match-keys.js';

/**
 * Trigram similarity from which a row that shares a match key counts as "probably the same
 * company", to be reviewed by a human. The keys (match-keys.ts) already demand a shared word pair
 * or a word within one typo; this floor drops the rare key hit whose names are far apart, such as
 * two three-word names that only share two words' first letters. It equals the naive query's
 * threshold, so the bench compares recall at the same cut (BENCHMARKS.md).
 */
export const SIMILARITY_THRESHOLD = 0.3;

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
 * "Probably the same company" for the deals (`d`) or accounts (`a`) row in scope: it shares a match
 * key with the name (the GIN index finds those) and is similar enough once scored.
 */
export function similarName(alias: 'a' | 'd', nameNorm: string): SQL {
  const row = sql.raw(alias);
  // One text parameter rather than a list: drizzle spreads arrays into `($1, $2, …)`.
  const keys = sql`string_to_array(${probeMatchKeys(nameNorm).join(' ')}, ' ')`;
  return sql`${row}.match_keys && ${keys}
    and similarity(${row}.name_norm, ${nameNorm}) >= ${SIMILARITY_THRESHOLD}`;
}

/**
 * Everything the rules need, in one statement and one round trip. Every subquery is bounded to
 * the tenant. The fuzzy lookups go through the GIN index on the match keys and score only the
 * rows that share a key, whatever the table's size. They count instead of `exists`: under
 * `exists` the planner hopes for an early hit, picks a sequential scan and reads the whole table
 * when there is none, the common case.
 */
export async function findConflicts(db: Db | Tx, query: ConflictQuery): Promise<ConflictFindings> {
  const { tenantId, partnerId, nameNorm, domainNorm } = query;
  const sameCustomer = sql`(d.name_norm = ${nameNorm} or d.domain_norm = ${domainNorm})`;
  const holds = sql`d.status in ${ACTIVE_STATUS_LIST}
    and not (d.status = 'approved' and d.protected_until < ${query.now.toISOString()}::timestamptz)`;
  const result = await db.execute(sql`
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
          and ${holds} and ${similarName('d', nameNorm)}
      ) as other_similar,
      exists (
        select 1 from accounts a
        where a.tenant_id = ${tenantId}
          and (a.name_norm = ${nameNorm} or a.domain_norm = ${domainNorm})
      ) as account_exact,
      (
        select count(*) > 0 from accounts a
        where a.tenant_id = ${tenantId} and ${similarName('a', nameNorm)}
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
