import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { channelManagers, tenants } from '../tenants/tenants.table.js';
import type { AssignedManager } from './deals.table.js';

/**
 * The channel manager a tenant routes a customer country to, or null: the country's own entry
 * in the settings' `channelManagerByCountry`, else its `*` entry, if the tenant has that manager.
 * A column over a `tenants` row in scope, so that a registration reads it in its one lookup.
 */
export function routedManager(country: SQLWrapper): SQL<AssignedManager | null> {
  // Select fields render columns unqualified, so the subquery names the tenant's table.
  const routes = sql`${tenants}.settings->'channelManagerByCountry'`;
  return sql<AssignedManager | null>`(
    select json_build_object('id', m.id, 'name', m.name, 'email', m.email)
    from ${channelManagers} m
    where m.tenant_id = ${tenants}.id
      and m.id = coalesce(${routes}->>(${country}::text), ${routes}->>'*')
  )`;
}

/** The channel manager for the customer's country, per the tenant's routing as stored now. */
export async function managerForCountry(
  db: Db | Tx,
  tenantId: string,
  country: string,
): Promise<AssignedManager | null> {
  const [row] = await db
    .select({ manager: routedManager(sql`${country}`) })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.manager ?? null;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
