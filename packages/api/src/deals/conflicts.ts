import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { preparedPerDatabase } from '../db/prepared.js';
import { tenants } from '../tenants/tenants.table.js';
import type { ConflictFindings } from './rules.js';
import { ACTIVE_STATUS_LIST } from './deals.table.js';
import { probeMatchKeys } from './match-keys.js';

/**
 * Trigram similarity from which a row that shares a match key counts as "probably the same
 * company", to be reviewed by a human. The keys (match-keys.ts) already demand a shared word pair
 * or a word and a typo-proof part of another; this floor drops key hits whose names are still far
 * apart once all their letters are compared. It equals the naive query's threshold, which issue 4
 * measures recall against; a higher cut sends fewer new companies to review and finds fewer
 * near-duplicates.
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

/**
 * The fuzzy predicate over a deals (`d`) or accounts (`a`) row, for a name and its probe keys:
 * the row shares a match key with the name (the GIN index finds those), and the two names are
 * - similar by trigrams, as the naive query asks; or
 * - one's words all among the other's: a word left out or added, whatever the letters weigh; or
 * - within two typos (migration 0006), which in a short name leave few trigrams in common.
 * The last two find near-duplicates that trigram similarity misses, so that recall does not fall
 * below the naive query's where the keys miss one of its matches (BENCHMARKS.md, by kind).
 */
function similarTo(alias: 'a' | 'd', nameNorm: SQLWrapper, keys: SQLWrapper): SQL {
  const name = sql`${sql.raw(alias)}.name_norm`;
  const words = (text: SQLWrapper) => sql`string_to_array(${text}, ' ')`;
  return sql`${sql.raw(alias)}.match_keys && ${keys}::text[]
    and (similarity(${name}, ${nameNorm}) >= ${sql.raw(String(SIMILARITY_THRESHOLD))}
      or ${words(name)} <@ ${words(nameNorm)} or ${words(name)} @> ${words(nameNorm)}
      or within_two_typos(${name}, ${nameNorm}))`;
}

/** "Probably the same company" for the deals (`d`) or accounts (`a`) row in scope (`similarTo`). */
export function similarName(alias: 'a' | 'd', nameNorm: string): SQL {
  // One array parameter: drizzle would spread a bare array into `($1, $2, …)`.
  return similarTo(alias, sql`${nameNorm}`, sql.param(probeMatchKeys(nameNorm)));
}

/**
 * Everything the rules need, as columns of one statement and one round trip: `find_conflicts`
 * below, and the registration's own read (registration-lookup.ts), which adds its columns. Every
 * subquery is bounded to the tenant. The fuzzy lookups go through the GIN index on the match keys
 * and score only the rows that share a key, whatever the table's size. They count instead of
 * `exists`: under `exists` the planner hopes for an early hit, picks a sequential scan and reads
 * the whole table when there is none, the common case. Both are prepared statements: planning
 * cost more than running (1.5 ms against 1 ms at 100k rows), and PostgreSQL keeps a generic plan
 * per connection. Placeholders: see `conflictParams`.
 */
export function conflictColumns() {
  const p = (name: string) => sql.placeholder(name);
  const sameCustomer = sql`(d.name_norm = ${p('nameNorm')} or d.domain_norm = ${p('domainNorm')})`;
  const holds = sql`d.status in ${ACTIVE_STATUS_LIST}
    and not (d.status = 'approved' and d.protected_until < ${p('now')}::timestamptz)`;
  const tenantDeals = sql`d.tenant_id = ${p('tenantId')}`;
  return {
    ownRegistration: sql<boolean>`exists (
      select 1 from deals d
      where ${tenantDeals} and d.partner_id = ${p('partnerId')} and ${holds} and ${sameCustomer})`,
    otherPartnerExact: sql<boolean>`exists (
      select 1 from deals d
      where ${tenantDeals} and d.partner_id <> ${p('partnerId')} and ${holds} and ${sameCustomer})`,
    otherPartnerSimilar: sql<boolean>`(
      select count(*) > 0 from deals d
      where ${tenantDeals} and d.partner_id <> ${p('partnerId')} and ${holds}
        and ${similarTo('d', p('nameNorm'), p('keys'))})`,
    accountExact: sql<boolean>`exists (
      select 1 from accounts a
      where a.tenant_id = ${p('tenantId')}
        and (a.name_norm = ${p('nameNorm')} or a.domain_norm = ${p('domainNorm')}))`,
    accountSimilar: sql<boolean>`(
      select count(*) > 0 from accounts a
      where a.tenant_id = ${p('tenantId')} and ${similarTo('a', p('nameNorm'), p('keys'))})`,
    lapsedHold: sql<boolean>`exists (
      select 1 from deals d
      where ${tenantDeals} and d.status = 'approved' and d.protected_until < ${p('now')}::timestamptz
        and ${sameCustomer})`,
  };
}

/** The placeholder values of `conflictColumns` for a query. */
export function conflictParams(query: Omit<ConflictQuery, 'countries'>) {
  return {
    tenantId: query.tenantId,
    partnerId: query.partnerId,
    nameNorm: query.nameNorm,
    domainNorm: query.domainNorm,
    keys: probeMatchKeys(query.nameNorm),
    now: query.now.toISOString(),
  };
}

const statement = preparedPerDatabase((db: Db) =>
  db
    .select(conflictColumns())
    .from(tenants)
    .where(eq(tenants.id, sql.placeholder('tenantId')))
    .prepare('find_conflicts'),
);

export interface CustomerFindings extends ConflictFindings {
  /**
   * An approved deal of this customer whose protection ran out is not marked expired yet: it no
   * longer holds the customer, but it still occupies the exclusivity indexes until it is.
   */
  lapsedHold: boolean;
}

/**
 * What the rules need to know about a customer, seen from one partner. It reads committed data
 * like any statement under READ COMMITTED, so it runs before a registration's transaction: the
 * exclusivity indexes, not this read, settle a race.
 */
export async function findConflicts(db: Db, query: ConflictQuery): Promise<CustomerFindings> {
  const [row] = await statement(db).execute(conflictParams(query));
  if (!row) throw new Error(`tenant ${query.tenantId} is gone`);
  return withTerritory(query, row);
}

/** The findings of a row of `conflictColumns`, with the territory check that needs no query. */
export function withTerritory(
  query: Pick<ConflictQuery, 'country' | 'countries'>,
  row: Omit<CustomerFindings, 'outsideTerritory'>,
): CustomerFindings {
  return {
    outsideTerritory: query.country === null ? null : !query.countries.includes(query.country),
    ...row,
  };
}
