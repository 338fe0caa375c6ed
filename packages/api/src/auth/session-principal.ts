import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { preparedPerDatabase } from '../db/prepared.js';
import type { PartnerContext } from '../deals/partner-context.js';
import { partnerUsers, partners } from '../partners/partners.table.js';
import { tenants } from '../tenants/tenants.table.js';
import type { SessionClaims } from './session-token.js';

export interface SessionPrincipal {
  /** To verify the token with; nothing else here counts before it is verified. */
  signingSecret: string;
  /** Present only when the user belongs to the claimed partner of the claimed tenant. */
  partner: PartnerContext | null;
}

function prepare(db: Db) {
  return db
    .select({
      signingSecret: tenants.signingSecret,
      settings: tenants.settings,
      countries: partners.countries,
    })
    .from(tenants)
    .leftJoin(
      partnerUsers,
      and(
        eq(partnerUsers.id, sql.placeholder('userId')),
        eq(partnerUsers.partnerId, sql.placeholder('partnerId')),
        eq(partnerUsers.tenantId, tenants.id),
      ),
    )
    .leftJoin(
      partners,
      and(eq(partners.id, partnerUsers.partnerId), eq(partners.tenantId, tenants.id)),
    )
    .where(eq(tenants.id, sql.placeholder('tenantId')))
    .prepare('session_principal');
}

const statement = preparedPerDatabase(prepare);

/**
 * The tenant's signing secret together with the claimed user's partner context, in one round
 * trip: what `findTenant`, `findPartnerUser` and `loadPartnerContext` read in three. Read fresh
 * for every request, so a removed user or a rotated secret takes effect at once. `null` when
 * the tenant does not exist.
 */
export async function findSessionPrincipal(
  db: Db,
  claims: SessionClaims,
): Promise<SessionPrincipal | null> {
  const [row] = await statement(db).execute({
    tenantId: claims.tid,
    partnerId: claims.pid,
    userId: claims.sub,
  });
  if (!row) return null;
  return {
    signingSecret: row.signingSecret,
    partner: row.countries ? { settings: row.settings, countries: row.countries } : null,
  };
}
