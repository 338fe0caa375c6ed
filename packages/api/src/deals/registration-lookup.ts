import { sql } from 'drizzle-orm';
import { principalOf, principalParams, selectWithPrincipal } from '../auth/session-principal.js';
import type { Db } from '../db/database.js';
import { preparedPerDatabase } from '../db/prepared.js';
import type { AdmittedSession, ClaimedSession } from '../http/env.js';
import { products } from '../products/products.table.js';
import { tenants } from '../tenants/tenants.table.js';
import {
  conflictColumns,
  conflictParams,
  withTerritory,
  type ConflictQuery,
  type CustomerFindings,
} from './conflicts.js';
import type { AssignedManager } from './deals.table.js';
import { routedManager } from './routing.js';

export interface RegistrationLookup extends AdmittedSession {
  /** Those of the asked product ids that are in the tenant's catalogue. */
  knownProducts: string[];
  /** The channel manager the tenant routes the customer's country to, if any. */
  manager: AssignedManager | null;
  /** What the rules need, as `findConflicts` reads it. */
  findings: CustomerFindings;
}

function prepare(db: Db) {
  return selectWithPrincipal(db, {
    // Select fields render columns unqualified, so the correlated subqueries name theirs.
    knownProducts: sql<string[]>`coalesce((
        select array_agg(p.id) from ${products} p
        where p.tenant_id = ${tenants}.id and p.id = any(${sql.placeholder('productIds')}::text[])
      ), '{}')`,
    manager: routedManager(sql.placeholder('country')),
    ...conflictColumns(),
  }).prepare('registration_lookup');
}

const statement = preparedPerDatabase(prepare);

/**
 * Everything a registration reads, in one round trip: the principal of the session's claims,
 * which products exist, the channel manager an approved deal would go to, and what the rules
 * need. Read before the transaction, like the tenant's settings. The row was read for claims not
 * verified yet, so the session is admitted with its principal before anything else counts.
 */
export async function lookupForRegistration(
  db: Db,
  session: ClaimedSession,
  customer: Omit<ConflictQuery, 'tenantId' | 'partnerId' | 'countries'> & {
    country: string;
    productIds: readonly string[];
  },
): Promise<RegistrationLookup> {
  const { claims } = session;
  const [row] = await statement(db).execute({
    ...principalParams(claims),
    ...conflictParams({ ...customer, tenantId: claims.tid, partnerId: claims.pid }),
    productIds: [...customer.productIds],
    country: customer.country,
  });
  const admitted = await session.admit(principalOf(row));
  // admit answers 401 for a missing principal, which is what no row gives: the row is here.
  const {
    signingSecret: _signingSecret,
    settings: _settings,
    countries: _countries,
    knownProducts,
    manager,
    ...findings
  } = row!;
  return {
    ...admitted,
    knownProducts,
    manager,
    findings: withTerritory({ ...customer, countries: admitted.context.countries }, findings),
  };
}
