import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import type { PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { partners } from '../partners/partners.table.js';
import type { TenantSettings } from '../tenants/settings.js';
import { tenants } from '../tenants/tenants.table.js';

export interface PartnerContext {
  settings: TenantSettings;
  countries: string[];
}

/** The tenant's rules and the partner's territory, in one query. */
export async function loadPartnerContext(db: Db | Tx, auth: PartnerAuth): Promise<PartnerContext> {
  const [row] = await db
    .select({ settings: tenants.settings, countries: partners.countries })
    .from(partners)
    .innerJoin(tenants, eq(tenants.id, partners.tenantId))
    .where(and(eq(partners.id, auth.partnerId), eq(partners.tenantId, auth.tenantId)));
  if (!row) throw new ProblemError('unauthorized', { detail: 'The partner no longer exists' });
  return row;
}

export async function loadTenantSettings(db: Db | Tx, tenantId: string): Promise<TenantSettings> {
  const [row] = await db
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!row) throw new ProblemError('unauthorized', { detail: 'The tenant no longer exists' });
  return row.settings;
}
