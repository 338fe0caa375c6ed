import { and, eq, sql, type SQL } from 'drizzle-orm';
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

/**
 * A select of the claimed tenant's row with what a session token's check needs, plus `columns`
 * over that row: the placeholders `tenantId`, `partnerId` and `userId` take the claims. One
 * round trip gives the principal and whatever the request reads next (registration-lookup.ts).
 */
export function selectWithPrincipal<T extends Record<string, SQL>>(db: Db, columns: T) {
  return db
    .select({
      ...columns,
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
    .where(eq(tenants.id, sql.placeholder('tenantId')));
}

/** The placeholder values of `selectWithPrincipal` for the claims. */
export function principalParams(claims: SessionClaims) {
  return { tenantId: claims.tid, partnerId: claims.pid, userId: claims.sub };
}

interface PrincipalColumns {
  signingSecret: string;
  settings: PartnerContext['settings'];
  countries: string[] | null;
}

/** The principal in a row of `selectWithPrincipal`; `null` when there was no row. */
export function principalOf(row: PrincipalColumns | undefined): SessionPrincipal | null {
  if (!row) return null;
  return {
    signingSecret: row.signingSecret,
    partner: row.countries ? { settings: row.settings, countries: row.countries } : null,
  };
}

const statement = preparedPerDatabase((db: Db) =>
  selectWithPrincipal(db, {}).prepare('session_principal'),
);

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
  const [row] = await statement(db).execute(principalParams(claims));
  return principalOf(row);
}
