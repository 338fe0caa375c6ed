import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import type { TenantSettings } from '../tenants/settings.js';
import { tenants } from '../tenants/tenants.table.js';

/** The tenant's rules and the partner's territory; the partner-session check reads them. */
export interface PartnerContext {
  settings: TenantSettings;
  countries: string[];
}

export async function loadTenantSettings(db: Db | Tx, tenantId: string): Promise<TenantSettings> {
  const [row] = await db
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!row) throw new ProblemError('unauthorized', { detail: 'The tenant no longer exists' });
  return row.settings;
}
