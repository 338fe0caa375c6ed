import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { preparedPerDatabase } from '../db/prepared.js';
import { products } from '../products/products.table.js';
import { channelManagers, tenants } from '../tenants/tenants.table.js';
import {
  conflictColumns,
  conflictParams,
  withTerritory,
  type ConflictQuery,
  type CustomerFindings,
} from './conflicts.js';
import type { AssignedManager } from './deals.table.js';

export interface RegistrationLookup {
  /** Those of the asked product ids that are in the tenant's catalogue. */
  knownProducts: string[];
  /** The asked channel manager, if the tenant has it. */
  manager: AssignedManager | null;
  /** What the rules need, as `findConflicts` reads it. */
  findings: CustomerFindings;
}

function prepare(db: Db) {
  return db
    .select({
      // Select fields render columns unqualified, so the correlated subqueries name theirs.
      knownProducts: sql<string[]>`coalesce((
        select array_agg(p.id) from ${products} p
        where p.tenant_id = ${tenants}.id and p.id = any(${sql.placeholder('productIds')}::text[])
      ), '{}')`,
      manager: sql<AssignedManager | null>`(
        select json_build_object('id', m.id, 'name', m.name, 'email', m.email)
        from ${channelManagers} m
        where m.tenant_id = ${tenants}.id and m.id = ${sql.placeholder('managerId')}::text
      )`,
      ...conflictColumns(),
    })
    .from(tenants)
    .where(eq(tenants.id, sql.placeholder('tenantId')))
    .prepare('registration_lookup');
}

const statement = preparedPerDatabase(prepare);

/**
 * Everything a registration reads, in one round trip: which products exist, the channel manager
 * an approved deal would go to (`managerId` from the tenant's routing, `null` when it routes
 * none), and what the rules need. Read before the transaction, like the tenant's settings.
 */
export async function lookupForRegistration(
  db: Db,
  query: ConflictQuery & { productIds: readonly string[]; managerId: string | null },
): Promise<RegistrationLookup> {
  const [row] = await statement(db).execute({
    ...conflictParams(query),
    productIds: [...query.productIds],
    managerId: query.managerId,
  });
  if (!row) throw new Error(`tenant ${query.tenantId} is gone`);
  const { knownProducts, manager, ...findings } = row;
  return { knownProducts, manager, findings: withTerritory(query, findings) };
}
