import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { channelManagerFor, type TenantSettings } from '../tenants/settings.js';
import { channelManagers } from '../tenants/tenants.table.js';
import type { AssignedManager } from './deals.table.js';

/** The channel manager for the customer's country, per the tenant's routing, if any. */
export async function managerForCountry(
  db: Db | Tx,
  tenantId: string,
  settings: TenantSettings,
  country: string,
): Promise<AssignedManager | null> {
  const managerId = channelManagerFor(settings, country);
  if (!managerId) return null;
  const [manager] = await db
    .select({ id: channelManagers.id, name: channelManagers.name, email: channelManagers.email })
    .from(channelManagers)
    .where(and(eq(channelManagers.id, managerId), eq(channelManagers.tenantId, tenantId)));
  return manager ?? null;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
